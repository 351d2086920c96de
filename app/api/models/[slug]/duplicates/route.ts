import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { listDuplicateGroups } from "@/lib/media/similar/list-duplicate-groups";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * `{groups: [{items: (Media & {distance})[]}], total, truncated}`: the model's near-duplicate groups
 * outside the trash, largest and most recent first, at most 100; `distance` from each group's oldest photo.
 */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug } = await params;
  const model = await getModelOrThrow(staff, slug);
  return NextResponse.json(await listDuplicateGroups(model.id), {
    headers: { "cache-control": "private, no-store" },
  });
});
