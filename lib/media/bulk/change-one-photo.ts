import { isManager } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { mediaDtoInclude, type MediaWithVariants } from "@/lib/media/library/to-media-dto";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import type { BulkOperation } from "./bulk-operation";
import { deleteMediaForever } from "./delete-media-forever";
import { restoreMedia } from "./restore-media";
import { trashMedia } from "./trash-media";

const CHANGES = {
  trash: { operation: trashMedia, audit: "media.trash" },
  restore: { operation: restoreMedia, audit: "media.restore" },
  delete: { operation: deleteMediaForever, audit: "media.delete" },
} satisfies Record<string, { operation: BulkOperation; audit: string }>;

export type OnePhotoChange = keyof typeof CHANGES;

/**
 * Trash, restore or delete forever one photo of the model `slug` (the single-photo routes), through the
 * same operation as the bulk job, audited as `media.trash` / `media.restore` / `media.delete`. 404 for a
 * photo outside the caller's scope (trashed ones included), 403 for viewers and, for `delete`, for
 * anyone but owners and admins; 409 when deleting a photo that is not in the trash. Returns the photo
 * as it is now (null once deleted).
 */
export async function changeOnePhoto(
  user: StaffUser,
  slug: string,
  mediaId: string,
  change: OnePhotoChange,
  meta: AuditMeta = {},
): Promise<MediaWithVariants | null> {
  const model = await getModelOrThrow(user, slug, { write: true });
  const before = await db.mediaItem.findFirst({
    where: { id: mediaId, modelId: model.id },
    select: { id: true, filename: true, deletedAt: true },
  });
  if (!before) throw notFound("Photo");
  if (change === "delete" && !isManager(user))
    throw forbidden("Only owners and admins delete photos for good.");

  const { operation, audit } = CHANGES[change];
  const result = await db.$transaction(async (tx) => {
    const outcome = await operation(tx, { modelId: model.id, actor: user, ip: meta.ip }, [mediaId], {});
    const failure = outcome.failures[0];
    if (failure) throw new AppError(failure.code, failure.message);
    await recordAudit(tx, {
      actorId: user.id,
      action: audit,
      entityType: "media",
      entityId: mediaId,
      modelId: model.id,
      before: { filename: before.filename, deletedAt: before.deletedAt },
      ip: meta.ip,
    });
    return outcome;
  });
  await result.afterCommit?.();
  if (result.publicChanged)
    await revalidateMediaGallery(model.id, `${audit} ${mediaId} by ${user.id}`, mediaId);
  if (change === "delete") return null;
  return db.mediaItem.findUniqueOrThrow({ where: { id: mediaId }, include: mediaDtoInclude });
}
