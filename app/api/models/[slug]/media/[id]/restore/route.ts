import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { changeOnePhoto } from "@/lib/media/bulk/change-one-photo";
import { toMediaDto } from "@/lib/media/library/to-media-dto";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

/** Takes the photo out of the trash, back into the sections it was in → 200 `{item}`. */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const item = await changeOnePhoto(staff, slug, id, "restore", { ip: clientIp(request.headers) });
  return NextResponse.json(
    { item: toMediaDto(item!, { staff: true }) },
    { headers: { "cache-control": "private, no-store" } },
  );
});
