import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "./revalidate-model";
import { setSectionItemsSchema, type SetSectionItemsInput } from "./schemas";
import { writeSectionOrder } from "./write-section-order";

/**
 * Changes only the order of the photos already in a section: `mediaIds` must list exactly those. Unlike
 * `setSectionItems` it keeps photos that are hidden for now (lost approval) in their place, so they come
 * back where they were if approved again.
 */
export async function reorderSectionItems(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: SetSectionItemsInput,
  meta: AuditMeta = {},
) {
  const { mediaIds } = setSectionItemsSchema.parse(input);
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  await db.$transaction(async (tx) => {
    const current = await tx.galleryItem.findMany({
      where: { sectionId: section.id },
      select: { mediaId: true },
    });
    const present = new Set(current.map((item) => item.mediaId));
    if (mediaIds.length !== present.size || mediaIds.some((id) => !present.has(id))) {
      throw new AppError(
        "conflict",
        "The section's photos changed since you loaded them (someone else may have edited it). Reload and try again.",
      );
    }
    const before = await writeSectionOrder(tx, section.id, mediaIds);
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.section.items.reorder",
      entityType: "GallerySection",
      entityId: section.id,
      modelId: model.id,
      before: { mediaIds: before },
      after: { mediaIds },
      ip: meta.ip,
    });
  });
  if (section.published) {
    await revalidateModel(
      { modelSlug: model.slug, sections: [section.slug] },
      "gallery.section.items.reorder",
    );
  }
  return { model, section, mediaIds };
}
