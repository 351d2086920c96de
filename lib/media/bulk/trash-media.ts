import type { BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/** Moves photos to the trash: off every public page and section at once (their section places are kept). */
export const trashMedia: BulkOperation = async (tx, ctx, ids) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids, { lock: true });
  const fresh = rows.filter((row) => !row.deletedAt).map((row) => row.id);
  if (fresh.length) {
    await tx.mediaItem.updateMany({
      where: { id: { in: fresh }, modelId: ctx.modelId, deletedAt: null },
      data: { deletedAt: new Date(), deletedById: ctx.actor?.id ?? null },
    });
  }
  return { done: rows.length, failures, publicChanged: fresh.length > 0 };
};
