import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { getMediaViewStats } from "@/lib/views/get-media-view-stats";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * How often the public opened the photo: `{"views": {today, last7, last30, total}}`, days in UTC,
 * bots not counted. Staff who may see the model only; anyone else gets 404, as for the photo itself.
 */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const views = await getMediaViewStats(staff, slug, id);
  return NextResponse.json({ views }, { headers: { "cache-control": "private, no-store" } });
});
