import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import type { DerivedMediaRevision } from "../types";
import { deriveVariants } from "./derive-variants";
import { loadEditOperations } from "../edit/load-edit-operations";
import { loadWatermark, watermarkFieldsSelect } from "../watermark/load-watermark";
import { withOriginalFile } from "./with-original-file";

/**
 * Derives the JPEG and WebP variants (every width, thumbnail), placeholder and dominant colour of
 * one revision from the private original, with the model's current watermark and the item's edits.
 * Files go under deterministic keys, so a retry overwrites them. Null when the item is gone or deleted.
 */
export async function deriveMediaVariants(
  mediaId: string,
  revision: number,
  storage: Storage = getStorage(),
): Promise<DerivedMediaRevision | null> {
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null },
    select: {
      originalKey: true,
      mime: true,
      currentVersion: true,
      model: { select: watermarkFieldsSelect },
    },
  });
  if (!item) return null;
  const [watermark, operations] = await Promise.all([
    loadWatermark(item.model, storage),
    loadEditOperations(mediaId, item.currentVersion),
  ]);
  const derived = await withOriginalFile(storage, item.originalKey, (source) =>
    deriveVariants({ mediaId, revision, source, mime: item.mime, watermark, operations, storage }),
  );
  return { ...derived, mediaId, revision, watermarkRevision: item.model.watermarkRevision };
}
