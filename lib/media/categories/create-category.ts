import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { categoryJson, categorySummary, type CategoryJson } from "./category-json";
import { createCategorySchema, DEFAULT_CATEGORY_COLOR, type CreateCategoryInput } from "./category-schemas";
import { categoryNameTaken, categorySlug } from "./category-slug";

/** Adds a category to the model. 404/403 as for the model, 409 when its name (slug) is taken. */
export async function createCategory(
  user: StaffUser,
  slug: string,
  input: CreateCategoryInput,
  meta: AuditMeta = {},
): Promise<CategoryJson> {
  const data = createCategorySchema.parse(input);
  const model = await getModelOrThrow(user, slug, { write: true });
  try {
    const category = await db.$transaction(async (tx) => {
      const created = await tx.category.create({
        data: {
          modelId: model.id,
          name: data.name,
          slug: categorySlug(data.name),
          color: data.color ?? DEFAULT_CATEGORY_COLOR,
        },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "category.create",
        entityType: "Category",
        entityId: created.id,
        modelId: model.id,
        after: categorySummary(created),
        ip: meta.ip,
      });
      return created;
    });
    return categoryJson(category, 0);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw categoryNameTaken(data.name);
    throw error;
  }
}
