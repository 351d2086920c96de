import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { categoryJson, categorySummary, type CategoryJson } from "./category-json";
import { updateCategorySchema, type UpdateCategoryInput } from "./category-schemas";
import { categoryNameTaken, categorySlug } from "./category-slug";
import { countCategoryMedia } from "./count-category-media";
import { getCategoryOrThrow } from "./get-category-or-throw";

/** Renames (the slug follows the name) or recolours a category. 404/403 as for the model, 409 for a taken name. */
export async function updateCategory(
  user: StaffUser,
  slug: string,
  id: string,
  input: UpdateCategoryInput,
  meta: AuditMeta = {},
): Promise<CategoryJson> {
  const data = updateCategorySchema.parse(input);
  const { model, category: before } = await getCategoryOrThrow(user, slug, id, { write: true });
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.category.update({
        where: { id: before.id, modelId: model.id },
        data: {
          color: data.color,
          ...(data.name !== undefined ? { name: data.name, slug: categorySlug(data.name) } : {}),
        },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "category.update",
        entityType: "Category",
        entityId: updated.id,
        modelId: model.id,
        before: categorySummary(before),
        after: categorySummary(updated),
        ip: meta.ip,
      });
      return categoryJson(updated, await countCategoryMedia(tx, updated.id));
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw categoryNameTaken(data.name ?? before.name);
    throw error;
  }
}
