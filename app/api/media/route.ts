import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { listAllMedia } from "@/lib/media/library/list-all-media";
import { listAllMediaQuerySchema } from "@/lib/media/library/media-query";
import { mediaPageJson } from "@/lib/media/library/media-page-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The photos of every model the caller may see (`model=<slug>` narrows to one): the list query →
 * `{items, nextCursor, total}`, like `GET /api/models/{slug}/media`.
 */
export const GET = route(async (request: Request) => {
  const staff = await requireStaffFromRequest(request);
  const query = listAllMediaQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listAllMedia(staff, query);
  return NextResponse.json(mediaPageJson(page), { headers: { "cache-control": "private, no-store" } });
});
