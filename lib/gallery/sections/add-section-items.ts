import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertPlaceable } from "./assert-placeable";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "../public/revalidate-model";
import { addSectionItemsSchema, MAX_SECTION_ITEMS, type AddSectionItemsInput } from "./section-schemas";

/**
 * Appends photos to the end of a section, in the given order; photos already there are left where they
 * are. Same rule as `setSectionItems`: 422 naming each photo that is not placeable.
 */
export async function addSectionItems(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: AddSectionItemsInput,
  meta: AuditMeta = {},
) {
  const { mediaIds } = addSectionItemsSchema.parse(input);
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  const added = await db.$transaction(async (tx) => {
    await assertPlaceable(tx, model.id, mediaIds);
    const current = await tx.galleryItem.findMany({
      where: { sectionId: section.id },
      select: { mediaId: true, position: true },
    });
    const present = new Set(current.map((item) => item.mediaId));
    const fresh = mediaIds.filter((id) => !present.has(id));
    if (current.length + fresh.length > MAX_SECTION_ITEMS) {
      throw new AppError("invalid", `A section holds at most ${MAX_SECTION_ITEMS} photos.`);
    }
    const start = current.reduce((max, item) => Math.max(max, item.position + 1), 0);
    await tx.galleryItem.createMany({
      data: fresh.map((mediaId, index) => ({ sectionId: section.id, mediaId, position: start + index })),
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.section.items.add",
      entityType: "GallerySection",
      entityId: section.id,
      modelId: model.id,
      after: { added: fresh },
      ip: meta.ip,
    });
    return fresh;
  });
  if (section.published && added.length > 0) {
    await revalidateModel({ modelSlug: model.slug, sections: [section.slug] }, "gallery.section.items.add");
  }
  return { model, section, added };
}
