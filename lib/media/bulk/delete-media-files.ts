import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage/get-storage";
import { mediaModerationPrefix, mediaPublicPrefix } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";

const log = logger.child({ domain: "media" });

/**
 * Removes every stored file of photos whose rows are already deleted: the original, all public
 * variants and the moderation copies. Never throws: a file left behind is an orphan that nothing
 * links to, and the daily maintenance sweeps orphan originals; a retried job must not fail on it.
 */
export async function deleteMediaFiles(
  photos: readonly { id: string; originalKey: string }[],
  storage: Storage = getStorage(),
): Promise<number> {
  let removed = 0;
  for (const photo of photos) {
    try {
      await storage.delete(photo.originalKey);
      removed += 1 + (await storage.deletePrefix(mediaPublicPrefix(photo.id)));
      removed += await storage.deletePrefix(mediaModerationPrefix(photo.id));
    } catch (error) {
      log.error({ err: error, mediaId: photo.id }, "could not remove a deleted photo's files");
    }
  }
  return removed;
}
