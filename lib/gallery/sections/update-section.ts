import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { assertPlaceable } from "./assert-placeable";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "../public/revalidate-model";
import { updateSectionSchema, type UpdateSectionInput } from "./section-schemas";
import { sectionSummary } from "./section-summary";

/**
 * Changes a section's title, description, published flag or cover (`coverId: null` goes back to the
 * first photo). The cover must be a processed, approved photo of the same model (422 otherwise).
 */
export async function updateSection(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: UpdateSectionInput,
  meta: AuditMeta = {},
) {
  const data = updateSectionSchema.parse(input);
  const { model, section: before } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  const section = await db.$transaction(async (tx) => {
    if (data.coverId) await assertPlaceable(tx, model.id, [data.coverId], "used as a cover");
    const updated = await tx.gallerySection.update({ where: { id: before.id, modelId: model.id }, data });
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.section.update",
      entityType: "GallerySection",
      entityId: updated.id,
      modelId: model.id,
      before: sectionSummary(before),
      after: sectionSummary(updated),
      ip: meta.ip,
    });
    return updated;
  });
  if (before.published || section.published) {
    const publishing = before.published !== section.published;
    // Titles and the set of published sections appear in every section page's navigation.
    const everyPage = publishing || before.title !== section.title;
    await revalidateModel(
      { modelSlug: model.slug, sections: everyPage ? undefined : [section.slug], listing: publishing },
      "gallery.section.update",
    );
  }
  return section;
}
