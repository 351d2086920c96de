import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { assertPlaceable } from "./assert-placeable";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "./revalidate-model";
import { setSectionItemsSchema, type SetSectionItemsInput } from "./schemas";
import { writeSectionOrder } from "./write-section-order";

/**
 * Replaces a section's photos with `mediaIds`, in that order. Every photo must be a processed, approved,
 * not deleted photo of the same model: otherwise 422 naming each offending id, and nothing changes.
 */
export async function setSectionItems(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: SetSectionItemsInput,
  meta: AuditMeta = {},
) {
  const { mediaIds } = setSectionItemsSchema.parse(input);
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  await db.$transaction(async (tx) => {
    await assertPlaceable(tx, model.id, mediaIds);
    const before = await writeSectionOrder(tx, section.id, mediaIds);
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.section.items.set",
      entityType: "GallerySection",
      entityId: section.id,
      modelId: model.id,
      before: { mediaIds: before },
      after: { mediaIds },
      ip: meta.ip,
    });
  });
  if (section.published) {
    await revalidateModel({ modelSlug: model.slug, sections: [section.slug] }, "gallery.section.items.set");
  }
  return { model, section, mediaIds };
}
