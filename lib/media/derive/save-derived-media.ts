import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import { mediaPublicPrefix, variantPrefix } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";
import type { DerivedMediaRevision } from "../types";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";
import { hashToColumn } from "../similar/perceptual-hash";
import { writeVariantRows } from "./write-variant-rows";

export type SaveOutcome =
  | {
      saved: true;
      modelId: string;
      moderationStatus: string;
      currentWatermarkRevision: number;
      /** The perceptual hash is new or differs (an edit): its near-duplicate pairs need linking again. */
      phashChanged: boolean;
    }
  /** The item was deleted or moved on to a newer revision meanwhile: these files were removed instead. */
  | { saved: false };

/**
 * Makes one derived revision the item's public variants, in one transaction: writes the JPEG/WebP
 * rows (unique per kind, format and width, so a retry never duplicates), drops rows of older
 * revisions (including their AVIF, which rejoins when derived for this one), and marks the item
 * READY with its upright size, placeholder, dominant colour and perceptual hash. The row is locked first, so a
 * concurrent re-derive cannot interleave. Stale work is discarded, files included.
 */
export async function saveDerivedMedia(
  derived: DerivedMediaRevision,
  storage: Storage = getStorage(),
): Promise<SaveOutcome> {
  const { mediaId, revision } = derived;
  const prefix = variantPrefix(mediaId, revision);

  const outcome = await withDeadlockRetry(() =>
    db.$transaction(
      async (tx) => {
        const [locked] = await tx.$queryRaw<
          { revision: number; deletedAt: Date | null; phash: bigint | null }[]
        >`SELECT revision, deletedAt, phash FROM MediaItem WHERE id = ${mediaId} FOR UPDATE`;
        if (!locked || locked.deletedAt || Number(locked.revision) !== revision) return null;

        // Older revisions go (their AVIF too: it rejoins when derived for this one), and any
        // JPEG/WebP this derive no longer produces.
        await writeVariantRows(
          tx,
          mediaId,
          derived.variants,
          (row) => !row.storageKey.startsWith(prefix) || row.format !== "AVIF",
        );
        const item = await tx.mediaItem.update({
          where: { id: mediaId },
          data: {
            status: "READY",
            failureReason: null,
            width: derived.width,
            height: derived.height,
            placeholder: derived.placeholder,
            dominantColor: derived.dominantColor,
            phash: hashToColumn(derived.phash),
            watermarkRevision: derived.watermarkRevision,
          },
          select: { modelId: true, moderationStatus: true, model: { select: { watermarkRevision: true } } },
        });
        return {
          saved: true as const,
          modelId: item.modelId,
          moderationStatus: item.moderationStatus,
          currentWatermarkRevision: item.model.watermarkRevision,
          phashChanged: locked.phash === null || BigInt(locked.phash) !== hashToColumn(derived.phash),
        };
      },
      { isolationLevel: "ReadCommitted" },
    ),
  );

  if (outcome) return outcome;
  const exists = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null },
    select: { id: true },
  });
  await storage.deletePrefix(exists ? prefix : mediaPublicPrefix(mediaId));
  return { saved: false };
}
