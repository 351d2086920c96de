import { getStorage } from "@/lib/storage/get-storage";
import { variantPrefix } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";

/**
 * Deletes the public files of every revision older than `revision` (their rows are already gone,
 * see `saveDerivedMedia`), including half-written ones of an attempt that failed. Returns how many.
 */
export async function removeStaleVariantFiles(
  mediaId: string,
  revision: number,
  storage: Storage = getStorage(),
): Promise<number> {
  let removed = 0;
  for (let older = 1; older < revision; older++)
    removed += await storage.deletePrefix(variantPrefix(mediaId, older));
  return removed;
}
