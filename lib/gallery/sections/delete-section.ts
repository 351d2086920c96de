import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "../public/revalidate-model";
import { sectionSummary } from "./section-summary";

/** Deletes a section and its placements; the photos themselves stay in the library. */
export async function deleteSection(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  meta: AuditMeta = {},
) {
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  await db.$transaction(async (tx) => {
    const photoCount = await tx.galleryItem.count({ where: { sectionId: section.id } });
    await tx.gallerySection.delete({ where: { id: section.id, modelId: model.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.section.delete",
      entityType: "GallerySection",
      entityId: section.id,
      modelId: model.id,
      before: { ...sectionSummary(section), photoCount },
      ip: meta.ip,
    });
  });
  if (section.published) {
    await revalidateModel({ modelSlug: model.slug, listing: true }, "gallery.section.delete");
  }
  return section;
}
