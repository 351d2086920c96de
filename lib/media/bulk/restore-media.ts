import type { BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/**
 * Takes photos out of the trash. Their gallery places were kept while trashed, so each is back in the
 * sections (and covers) it had.
 */
export const restoreMedia: BulkOperation = async (tx, ctx, ids) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids, { lock: true });
  const trashed = rows.filter((row) => row.deletedAt).map((row) => row.id);
  if (trashed.length) {
    await tx.mediaItem.updateMany({
      where: { id: { in: trashed }, modelId: ctx.modelId },
      data: { deletedAt: null, deletedById: null },
    });
  }
  return { done: rows.length, failures, publicChanged: trashed.length > 0 };
};
