import type { BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/** Takes photos out of categories (not in them: unchanged). */
export const removeCategories: BulkOperation<{ categoryIds: string[] }> = async (tx, ctx, ids, args) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids);
  if (rows.length) {
    await tx.mediaCategory.deleteMany({
      where: { mediaId: { in: rows.map((row) => row.id) }, categoryId: { in: args.categoryIds } },
    });
  }
  return { done: rows.length, failures, publicChanged: false };
};
