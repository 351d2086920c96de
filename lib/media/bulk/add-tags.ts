import { refreshSearchText } from "@/lib/media/library/search-text";
import type { BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/** Adds tags (lowercase) to photos and refreshes their search text. */
export const addTags: BulkOperation<{ tags: string[] }> = async (tx, ctx, ids, args) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids);
  const data = rows.flatMap((row) =>
    args.tags.map((tag) => ({ mediaId: row.id, modelId: ctx.modelId, tag })),
  );
  if (data.length) {
    await tx.mediaTag.createMany({ data, skipDuplicates: true });
    await refreshSearchText(
      tx,
      rows.map((row) => row.id),
    );
  }
  return { done: rows.length, failures, publicChanged: false };
};
