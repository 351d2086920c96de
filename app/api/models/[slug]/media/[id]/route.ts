import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { changeOnePhoto } from "@/lib/media/bulk/change-one-photo";
import { getMediaOrThrow } from "@/lib/media/library/get-media-or-throw";
import { updateMediaSchema } from "@/lib/media/library/media-edit-schemas";
import { updateMedia } from "@/lib/media/library/update-media";
import { toMediaDto } from "@/lib/media/library/to-media-dto";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

const PRIVATE = { "cache-control": "private, no-store" };

/** One photo as `{item: Media}`, with its staff-only metadata. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const item = await getMediaOrThrow(staff, slug, id);
  return NextResponse.json({ item: toMediaDto(item, { staff: true }) }, { headers: PRIVATE });
});

/**
 * `{title?, altText?, caption?, tags?, categoryIds?}` → `{item}`. Viewers get 403, other models' photos
 * 404, a category of another model or an over-long field 422.
 */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  assertSameOrigin(request);
  const input = updateMediaSchema.parse(await readJson(request));
  const item = await updateMedia(staff, slug, id, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ item: toMediaDto(item, { staff: true }) }, { headers: PRIVATE });
});

/**
 * Moves the photo to the trash → 200 `{item}` with `deletedAt`; with `?permanent=1` deletes a trashed
 * photo for good → 204 (owners and admins only, 403 otherwise; 409 when it is not in the trash).
 */
export const DELETE = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const permanent = new URL(request.url).searchParams.get("permanent") === "1";
  const meta = { ip: clientIp(request.headers) };
  const item = await changeOnePhoto(staff, slug, id, permanent ? "delete" : "trash", meta);
  if (!item) return new Response(null, { status: 204 });
  return NextResponse.json(
    { item: toMediaDto(item, { staff: true }) },
    { headers: { "cache-control": "private, no-store" } },
  );
});
