import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notPublicReason } from "@/lib/gallery/public/public-media-where";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getMediaOrThrow } from "./get-media-or-throw";
import { updateMediaSchema, type UpdateMediaInput } from "./media-edit-schemas";
import { revalidateMediaGallery } from "./revalidate-media-gallery";
import { refreshSearchText } from "./search-text";
import { mediaDtoInclude, type MediaWithVariants } from "./to-media-dto";

function editableFields(item: MediaWithVariants) {
  return {
    title: item.title,
    altText: item.altText,
    caption: item.caption,
    tags: item.tags.map((t) => t.tag),
    categoryIds: item.categories.map((c) => c.category.id).sort(),
  };
}

/**
 * Changes a photo's title, alt text, caption, tags or categories (each replaced whole when sent), its
 * search text with them, in one audited transaction. 404 outside the caller's models, 403 for viewers,
 * 422 for a category of another model. Public pages are refreshed when what they show changed.
 */
export async function updateMedia(
  user: StaffUser,
  slug: string,
  id: string,
  input: UpdateMediaInput,
  meta: AuditMeta = {},
): Promise<MediaWithVariants> {
  const data = updateMediaSchema.parse(input);
  const model = await getModelOrThrow(user, slug, { write: true });
  const before = await getMediaOrThrow(user, slug, id);
  const item = await db.$transaction(async (tx) => {
    if (data.categoryIds?.length) {
      const found = await tx.category.count({ where: { id: { in: data.categoryIds }, modelId: model.id } });
      if (found !== data.categoryIds.length) {
        throw new AppError("invalid", "categoryIds: every category must belong to this model.", {
          field: "categoryIds",
        });
      }
    }
    await tx.mediaItem.update({
      where: { id: before.id, modelId: model.id },
      data: { title: data.title, altText: data.altText, caption: data.caption },
    });
    if (data.tags) {
      await tx.mediaTag.deleteMany({ where: { mediaId: before.id } });
      await tx.mediaTag.createMany({
        data: data.tags.map((tag) => ({ mediaId: before.id, modelId: model.id, tag })),
      });
    }
    if (data.categoryIds) {
      await tx.mediaCategory.deleteMany({ where: { mediaId: before.id } });
      await tx.mediaCategory.createMany({
        data: data.categoryIds.map((categoryId) => ({ mediaId: before.id, categoryId })),
      });
    }
    await refreshSearchText(tx, [before.id]);
    const after = await tx.mediaItem.findUniqueOrThrow({
      where: { id: before.id },
      include: mediaDtoInclude,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "media.update",
      entityType: "media",
      entityId: before.id,
      modelId: model.id,
      before: editableFields(before),
      after: editableFields(after),
      ip: meta.ip,
    });
    return after;
  });
  // Public pages show the alt text (the title when it is empty) and the caption.
  const shown = (m: MediaWithVariants) => [m.altText, m.title, m.caption].join("\u0000");
  if (notPublicReason(item) === null && shown(before) !== shown(item)) {
    await revalidateMediaGallery(model.id, `media ${item.id} text updated by ${user.id}`, item.id);
  }
  return item;
}
