import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getModelOrThrow, type ModelAccess } from "@/lib/models/get-model-or-throw";

/** The model and its category `id`; 404 when either is outside the caller's scope, 403 for viewers with `write`. */
export async function getCategoryOrThrow(
  user: StaffUser,
  slug: string,
  id: string,
  access: ModelAccess = {},
) {
  const model = await getModelOrThrow(user, slug, access);
  const category = await db.category.findFirst({ where: { id, modelId: model.id } });
  if (!category) throw notFound("Category");
  return { model, category };
}
