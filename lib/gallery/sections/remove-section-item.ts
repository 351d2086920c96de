import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "../public/revalidate-model";

/** Takes a photo out of a section (the photo stays in the library); 404 when it is not in the section. */
export async function removeSectionItem(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  mediaId: string,
  meta: AuditMeta = {},
) {
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  await db.$transaction(async (tx) => {
    const { count } = await tx.galleryItem.deleteMany({ where: { sectionId: section.id, mediaId } });
    if (count === 0) throw notFound("Photo in this section");
    // A cover taken out of its section goes back to the first photo, as staff expect.
    if (section.coverId === mediaId) {
      await tx.gallerySection.update({ where: { id: section.id }, data: { coverId: null } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.section.items.remove",
      entityType: "GallerySection",
      entityId: section.id,
      modelId: model.id,
      before: { mediaId, wasCover: section.coverId === mediaId },
      ip: meta.ip,
    });
  });
  if (section.published) {
    await revalidateModel(
      { modelSlug: model.slug, sections: [section.slug] },
      "gallery.section.items.remove",
    );
  }
  return { model, section };
}
