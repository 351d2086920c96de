import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { modelSummary } from "@/lib/models/model-summary";
import { updateModelSchema } from "@/lib/models/schemas";
import { updateModel } from "@/lib/models/update-model";

type Context = { params: Promise<{ slug: string }> };

/** One model the caller may see (404 otherwise). */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const model = await getModelOrThrow(staff, (await params).slug);
  return NextResponse.json({ model: modelSummary(model) });
});

/** Changes `displayName`, `bio`, `published` (and, for owners and admins, `slug`). */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const input = updateModelSchema.parse(await readJson(request));
  const model = await updateModel(staff, (await params).slug, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ model: modelSummary(model) });
});
