import { NextResponse } from "next/server";
import { z } from "zod";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { listModelTags } from "@/lib/media/tags/list-model-tags";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const querySchema = z.strictObject({ q: z.string().max(64).optional() });

/** `?q=` → `{tags: [{tag, count}]}`: the model's tags starting with q, most used first, at most 20. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { q } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const tags = await listModelTags(staff, (await params).slug, q);
  return NextResponse.json({ tags }, { headers: { "cache-control": "private, no-store" } });
});
