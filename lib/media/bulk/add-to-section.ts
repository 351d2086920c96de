import { notPublicReason } from "@/lib/gallery/public/public-media-where";
import { MAX_SECTION_ITEMS } from "@/lib/gallery/sections/section-schemas";
import type { BulkFailure, BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/**
 * Appends photos to the end of a section of their model, in id order; photos already there stay where
 * they are. As in the section editor, only processed, approved, non-trashed photos can be placed, and a
 * section holds at most MAX_SECTION_ITEMS; the others are failures saying why.
 */
export const addToSection: BulkOperation<{ sectionId: string }> = async (tx, ctx, ids, args) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids);
  const section = await tx.gallerySection.findFirst({
    where: { id: args.sectionId, modelId: ctx.modelId },
    select: { id: true, published: true },
  });
  if (!section) {
    const gone = rows.map((row): BulkFailure => ({
      id: row.id,
      message: "Section not found.",
      code: "not_found",
    }));
    return { done: 0, failures: [...failures, ...gone], publicChanged: false };
  }
  // Lock the section's rows, so two chunks (or the editor) cannot take the same positions.
  await tx.$queryRaw`SELECT id FROM GallerySection WHERE id = ${section.id} FOR UPDATE`;
  const current = await tx.galleryItem.findMany({
    where: { sectionId: section.id },
    select: { mediaId: true, position: true },
  });
  const present = new Set(current.map((item) => item.mediaId));
  let next = current.reduce((max, item) => Math.max(max, item.position + 1), 0);
  let room = MAX_SECTION_ITEMS - current.length;
  const refused: BulkFailure[] = [];
  const data: { sectionId: string; mediaId: string; position: number }[] = [];
  let done = 0;
  for (const row of [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (present.has(row.id)) {
      done++;
      continue;
    }
    const reason = notPublicReason(row);
    if (reason) {
      refused.push({ id: row.id, message: `Cannot be placed in a gallery: ${reason}.`, code: "invalid" });
    } else if (room <= 0) {
      refused.push({
        id: row.id,
        message: `The section is full (${MAX_SECTION_ITEMS} photos).`,
        code: "invalid",
      });
    } else {
      data.push({ sectionId: section.id, mediaId: row.id, position: next++ });
      room--;
      done++;
    }
  }
  if (data.length) await tx.galleryItem.createMany({ data, skipDuplicates: true });
  return { done, failures: [...failures, ...refused], publicChanged: section.published && data.length > 0 };
};
