import { refreshSearchText } from "@/lib/media/library/search-text";
import type { BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/** Removes tags from photos and refreshes their search text. */
export const removeTags: BulkOperation<{ tags: string[] }> = async (tx, ctx, ids, args) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids);
  const mediaIds = rows.map((row) => row.id);
  if (mediaIds.length) {
    const { count } = await tx.mediaTag.deleteMany({
      where: { mediaId: { in: mediaIds }, modelId: ctx.modelId, tag: { in: args.tags } },
    });
    if (count) await refreshSearchText(tx, mediaIds);
  }
  return { done: rows.length, failures, publicChanged: false };
};
