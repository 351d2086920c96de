import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { categoryJson, type CategoryJson } from "./category-json";

/** The model's categories by name, each with its number of photos outside the trash. 404 outside the caller's models. */
export async function listCategories(user: StaffUser, slug: string): Promise<CategoryJson[]> {
  const model = await getModelOrThrow(user, slug);
  const categories = await db.category.findMany({
    where: { modelId: model.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { _count: { select: { media: { where: { media: { deletedAt: null } } } } } },
  });
  return categories.map((category) => categoryJson(category, category._count.media));
}
