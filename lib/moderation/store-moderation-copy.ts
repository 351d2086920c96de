import { db } from "@/lib/db";
import { decodeSource } from "@/lib/media/derive/decode-source";
import { loadEditOperations } from "@/lib/media/edit/load-edit-operations";
import { withOriginalFile } from "@/lib/media/derive/with-original-file";
import { getStorage } from "@/lib/storage/get-storage";
import { moderationCopyKey } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";
import { makeModerationCopy, MODERATION_COPY_SIDE } from "./make-moderation-copy";

/**
 * Writes the private moderation copy of one revision: the original with the item's edits, upright,
 * at most 768 px, without watermark or metadata — what the public variants show, minus the
 * watermark that would skew scores. Under a fixed key, so a retry overwrites it. Returns the key,
 * or null when the photo is gone.
 */
export async function storeModerationCopy(
  mediaId: string,
  revision: number,
  storage: Storage = getStorage(),
): Promise<{ key: string; width: number; height: number } | null> {
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null },
    select: { originalKey: true, mime: true, currentVersion: true },
  });
  if (!item) return null;
  const operations = await loadEditOperations(mediaId, item.currentVersion);
  const copy = await withOriginalFile(storage, item.originalKey, async (file) => {
    // Shrunk while decoding: the copy fits a 768 px box, so 768 px of width is always enough.
    const decoded = await decodeSource(file, item.mime, { maxWidth: MODERATION_COPY_SIDE, operations });
    return makeModerationCopy(decoded);
  });
  const key = moderationCopyKey(mediaId, revision);
  await storage.put(key, copy.data, { contentType: copy.contentType });
  return { key, width: copy.width, height: copy.height };
}
