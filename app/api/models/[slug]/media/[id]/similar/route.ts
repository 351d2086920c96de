import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { getMediaOrThrow } from "@/lib/media/library/get-media-or-throw";
import { listSimilarMedia } from "@/lib/media/similar/list-similar-media";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

/** `{items: (Media & {distance})[]}`: the photo's near-duplicates outside the trash, nearest first. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const item = await getMediaOrThrow(staff, slug, id);
  return NextResponse.json(
    { items: await listSimilarMedia(item.id) },
    { headers: { "cache-control": "private, no-store" } },
  );
});
