import type { BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/** Puts photos in categories of their model (already there: unchanged). Categories are staff-only. */
export const addCategories: BulkOperation<{ categoryIds: string[] }> = async (tx, ctx, ids, args) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids);
  // Checked when the job was created; a category deleted since is simply skipped.
  const categories = await tx.category.findMany({
    where: { id: { in: args.categoryIds }, modelId: ctx.modelId },
    select: { id: true },
  });
  const data = rows.flatMap((row) => categories.map((c) => ({ mediaId: row.id, categoryId: c.id })));
  if (data.length) await tx.mediaCategory.createMany({ data, skipDuplicates: true });
  return { done: rows.length, failures, publicChanged: false };
};
