import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { createCategorySchema } from "@/lib/media/categories/category-schemas";
import { createCategory } from "@/lib/media/categories/create-category";
import { listCategories } from "@/lib/media/categories/list-categories";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** The model's categories by name: `{categories: [{id, slug, name, color, count}]}`. Viewers may read. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const categories = await listCategories(staff, (await params).slug);
  return NextResponse.json({ categories }, { headers: { "cache-control": "private, no-store" } });
});

/** `{name, color?}` → 201 `{category}`; 409 when the model has a category of that name. */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  assertSameOrigin(request);
  const input = createCategorySchema.parse(await readJson(request));
  const category = await createCategory(staff, (await params).slug, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ category }, { status: 201 });
});
