import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { decodeSource } from "../derive/decode-source";
import { withOriginalFile } from "../derive/with-original-file";
import { loadEditOperations } from "../edit/load-edit-operations";
import { linkSimilarMedia } from "./link-similar-media";
import { hashToColumn, perceptualHash } from "./perceptual-hash";

// Shrink-on-load to this width costs a fraction of a full decode and moves the hash by 0-2 bits (measured).
const HASH_DECODE_WIDTH = 512;

/** `seen` photos looked at (fewer than the limit: the backlog is done), `lastId` to continue after. */
export type BackfillBatch = { seen: number; hashed: number; failed: number; lastId: string | null };

/**
 * Hashes up to `limit` READY photos that have no perceptual hash yet (processed before hashes existed),
 * from their stored original and current edits, and links their near-duplicates. Ordered by id after
 * `afterId`, so a caller walks the backlog batch by batch and a photo that fails is not retried in the
 * same walk. A photo hashed meanwhile by its own re-derive keeps that hash.
 */
export async function backfillPerceptualHashes({
  limit,
  afterId,
  storage = getStorage(),
}: {
  limit: number;
  afterId?: string | null;
  storage?: Storage;
}): Promise<BackfillBatch> {
  const items = await db.mediaItem.findMany({
    where: { status: "READY", phash: null, ...(afterId ? { id: { gt: afterId } } : {}) },
    select: { id: true, originalKey: true, mime: true, currentVersion: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  let hashed = 0;
  let failed = 0;
  for (const item of items) {
    try {
      const operations = await loadEditOperations(item.id, item.currentVersion);
      const decoded = await withOriginalFile(storage, item.originalKey, (file) =>
        decodeSource(file, item.mime, { maxWidth: HASH_DECODE_WIDTH, operations }),
      );
      const phash = hashToColumn(await perceptualHash(decoded));
      const { count } = await db.mediaItem.updateMany({
        where: { id: item.id, phash: null },
        data: { phash },
      });
      if (count) await linkSimilarMedia(item.id);
      hashed += count;
    } catch (error) {
      failed++;
      logger.warn({ err: error, mediaId: item.id }, "perceptual hash backfill skipped a photo");
    }
  }
  return { seen: items.length, hashed, failed, lastId: items.at(-1)?.id ?? null };
}
