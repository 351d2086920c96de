import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { deriveAvifVariants } from "./derive-avif-variants";
import { loadEditOperations } from "../edit/load-edit-operations";
import { loadWatermark, watermarkFieldsSelect } from "../watermark/load-watermark";
import type { DerivedVariant } from "../types";
import { withOriginalFile } from "./with-original-file";

/**
 * The AVIF variants of one revision, with the same watermark and edits as its JPEG/WebP ones.
 * Null (nothing written) when that revision is no longer the item's current, READY one, or the
 * model's watermark changed since (the re-derive requests AVIF for its own revision).
 */
export async function deriveMediaAvif(
  mediaId: string,
  revision: number,
  storage: Storage = getStorage(),
): Promise<DerivedVariant[] | null> {
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null, status: "READY", revision },
    select: {
      originalKey: true,
      mime: true,
      currentVersion: true,
      watermarkRevision: true,
      model: { select: watermarkFieldsSelect },
    },
  });
  if (!item || item.watermarkRevision !== item.model.watermarkRevision) return null;
  const [watermark, operations] = await Promise.all([
    loadWatermark(item.model, storage),
    loadEditOperations(mediaId, item.currentVersion),
  ]);
  return withOriginalFile(storage, item.originalKey, (source) =>
    deriveAvifVariants({ mediaId, revision, source, mime: item.mime, watermark, operations, storage }),
  );
}
