import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { getMediaOrThrow } from "@/lib/media/library/get-media-or-throw";
import { toMediaDto } from "@/lib/media/library/to-media-dto";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

/** One photo as `Media` (the body is the Media itself), with its staff-only metadata. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const item = await getMediaOrThrow(staff, slug, id);
  return NextResponse.json(toMediaDto(item, { staff: true }), {
    headers: { "cache-control": "private, no-store" },
  });
});
