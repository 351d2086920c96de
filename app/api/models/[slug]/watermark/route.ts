import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { getWatermarkStatus } from "@/lib/media/watermark/get-watermark-status";
import { updateWatermark } from "@/lib/media/watermark/update-watermark";
import { watermarkSettingsSchema } from "@/lib/media/watermark/watermark-schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const noStore = { "cache-control": "private, no-store" };

/** `{watermark, reprocessing: {done, total, active}}`: the settings and the re-derive's progress (poll it). */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  return NextResponse.json(await getWatermarkStatus(staff, (await params).slug), { headers: noStore });
});

/**
 * Saves watermark settings (any subset of kind, text, position, opacity, scale, margin) for staff
 * who may edit the model; a change starts the background re-derive. Answers like GET.
 */
export const PUT = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug } = await params;
  const input = watermarkSettingsSchema.parse(await readJson(request));
  await updateWatermark(staff, slug, input, { ip: clientIp(request.headers) });
  return NextResponse.json(await getWatermarkStatus(staff, slug), { headers: noStore });
});
