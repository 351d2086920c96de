import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/json-error";
import { getWatermarkStatus } from "@/lib/media/watermark/get-watermark-status";
import { parseUploadRequest } from "@/lib/media/intake/parse-upload-request";
import { PRIVATE_NO_STORE, serveStoredFile } from "@/lib/media/serve/serve-stored-file";
import { LOGO_LIMITS, storeWatermarkLogo } from "@/lib/media/watermark/store-watermark-logo";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getStorage } from "@/lib/storage/get-storage";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * Uploads the model's watermark logo (`multipart/form-data`, field `file`; PNG with transparency
 * works best; at most 5 MB and 25 megapixels), checked from its bytes like any upload. It becomes
 * the watermark (kind LOGO) and the re-derive starts. Answers like `GET .../watermark`.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug } = await params;
  await getModelOrThrow(staff, slug, { write: true });
  const { intake } = await parseUploadRequest(request, LOGO_LIMITS);
  await storeWatermarkLogo(staff, slug, intake, { ip: clientIp(request.headers) });
  return NextResponse.json(await getWatermarkStatus(staff, slug), {
    headers: { "cache-control": PRIVATE_NO_STORE },
  });
});

/** The stored logo itself, for staff who may see the model (the settings page shows it). */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const model = await getModelOrThrow(staff, (await params).slug);
  if (!model.watermarkLogoKey) throw notFound("Logo");
  return serveStoredFile(request, getStorage(), model.watermarkLogoKey, { cacheControl: PRIVATE_NO_STORE });
});
