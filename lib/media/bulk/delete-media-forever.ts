import type { BulkFailure, BulkOperation } from "./bulk-operation";
import { deleteMediaFiles } from "./delete-media-files";
import { findModelMedia } from "./find-model-media";

/**
 * Deletes trashed photos for good (a photo not in the trash is refused with a conflict). Rows go first,
 * in the transaction, and the files once it committed: a crash in between leaves files no row points to
 * (swept as orphans), never a row in the trash view whose files are gone.
 */
export const deleteMediaForever: BulkOperation = async (tx, ctx, ids) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids, { lock: true });
  const trashed = rows.filter((row) => row.deletedAt);
  const refused = rows
    .filter((row) => !row.deletedAt)
    .map((row): BulkFailure => ({ id: row.id, message: "Not in the trash.", code: "conflict" }));
  if (trashed.length) {
    await tx.mediaItem.deleteMany({
      where: { id: { in: trashed.map((row) => row.id) }, modelId: ctx.modelId, deletedAt: { not: null } },
    });
  }
  return {
    done: trashed.length,
    failures: [...failures, ...refused],
    // Trashed photos are on no public page already.
    publicChanged: false,
    afterCommit: trashed.length ? async () => void (await deleteMediaFiles(trashed)) : undefined,
  };
};
