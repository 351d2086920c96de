import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { categorySummary } from "./category-json";
import { countCategoryMedia } from "./count-category-media";
import { getCategoryOrThrow } from "./get-category-or-throw";

/** Deletes a category; its photos stay, only their link to it goes. 404/403 as for the model. */
export async function deleteCategory(user: StaffUser, slug: string, id: string, meta: AuditMeta = {}) {
  const { model, category } = await getCategoryOrThrow(user, slug, id, { write: true });
  await db.$transaction(async (tx) => {
    const count = await countCategoryMedia(tx, category.id);
    await tx.category.delete({ where: { id: category.id, modelId: model.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "category.delete",
      entityType: "Category",
      entityId: category.id,
      modelId: model.id,
      before: { ...categorySummary(category), count },
      ip: meta.ip,
    });
  });
}
