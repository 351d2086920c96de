import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { listUploaders } from "@/lib/media/library/list-uploaders";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** `{users: [{id, name}]}`: who uploaded photos of the model, for the "uploaded by" filter. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const users = await listUploaders(staff, (await params).slug);
  return NextResponse.json({ users }, { headers: { "cache-control": "private, no-store" } });
});
