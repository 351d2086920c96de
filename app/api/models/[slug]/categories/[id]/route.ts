import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { updateCategorySchema } from "@/lib/media/categories/category-schemas";
import { deleteCategory } from "@/lib/media/categories/delete-category";
import { updateCategory } from "@/lib/media/categories/update-category";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

/** `{name?, color?}` → `{category}`; 409 when another category has that name. */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  assertSameOrigin(request);
  const { slug, id } = await params;
  const input = updateCategorySchema.parse(await readJson(request));
  const category = await updateCategory(staff, slug, id, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ category });
});

/** Deletes the category → 204; its photos stay. */
export const DELETE = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  assertSameOrigin(request);
  const { slug, id } = await params;
  await deleteCategory(staff, slug, id, { ip: clientIp(request.headers) });
  return new Response(null, { status: 204 });
});
