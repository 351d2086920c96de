import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { storeCheckedUpload } from "@/lib/media/intake/store-checked-upload";
import { listMedia } from "@/lib/media/library/list-media";
import { listMediaQuerySchema } from "@/lib/media/library/media-query";
import { parseUploadRequest } from "@/lib/media/intake/parse-upload-request";
import { mediaPageJson } from "@/lib/media/library/media-page-json";
import { toMediaDto } from "@/lib/media/library/to-media-dto";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * The model's photos for the library: the list query (filters, `sort`, `order`, `cursor`, `limit`) →
 * `{items, nextCursor, total}`. Unknown or malformed parameters are a 422 naming them.
 */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const query = listMediaQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listMedia(staff, (await params).slug, query);
  return NextResponse.json(mediaPageJson(page), { headers: { "cache-control": "private, no-store" } });
});

/**
 * One photo per request, `multipart/form-data` field `file` → 201 `{item}`. The caller must be
 * signed in (401) and allowed to edit the model (404 outside their models, 403 for viewers), and
 * both are checked before a byte of the body is read. Refusals: 409 duplicate (+ existingId),
 * 413 too large, 415 not an accepted image type, 422 not a decodable image or over the pixel limit.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const model = await getModelOrThrow(staff, (await params).slug, { write: true });
  const { intake, filename } = await parseUploadRequest(request);
  const item = await storeCheckedUpload({
    model,
    intake,
    filename,
    actor: staff,
    ip: clientIp(request.headers),
  });
  return NextResponse.json({ item: toMediaDto(item, { staff: true }) }, { status: 201 });
});
