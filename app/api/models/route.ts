import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireRoleFromRequest, requireStaffFromRequest } from "@/lib/auth/get-staff";
import { MANAGER_ROLES } from "@/lib/auth/roles";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { createModel } from "@/lib/models/create-model";
import { listModels } from "@/lib/models/list-models";
import { modelSummary } from "@/lib/models/model-summary";
import { createModelSchema } from "@/lib/models/schemas";

/** The models the caller may see. */
export const GET = route(async (request: Request) => {
  const staff = await requireStaffFromRequest(request);
  const q = new URL(request.url).searchParams.get("q") ?? undefined;
  const models = await listModels(staff, { q });
  return NextResponse.json({
    models: models.map((m) => ({ slug: m.slug, displayName: m.displayName, published: m.published })),
  });
});

/** Creates a model (owners and admins): `{slug, displayName, bio?, published?}` → 201 `{model}`. */
export const POST = route(async (request: Request) => {
  const staff = await requireRoleFromRequest(request, ...MANAGER_ROLES);
  const input = createModelSchema.parse(await readJson(request));
  const model = await createModel(staff, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ model: modelSummary(model) }, { status: 201 });
});
