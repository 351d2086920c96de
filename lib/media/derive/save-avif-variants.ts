import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import type { DerivedVariant } from "../types";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";
import { writeVariantRows } from "./write-variant-rows";

/**
 * Adds the AVIF variants to the item's `srcset` if their revision is still current; otherwise
 * removes the files just written. Returns whether they joined, and what the gallery needs to know.
 */
export async function saveAvifVariants(
  mediaId: string,
  revision: number,
  variants: DerivedVariant[],
  storage: Storage = getStorage(),
): Promise<{ joined: boolean; modelId?: string; moderationStatus?: string }> {
  const outcome = await withDeadlockRetry(() =>
    db.$transaction(
      async (tx) => {
        const [locked] = await tx.$queryRaw<{ revision: number; deletedAt: Date | null; status: string }[]>`
          SELECT revision, deletedAt, status FROM MediaItem WHERE id = ${mediaId} FOR UPDATE`;
        if (!locked || locked.deletedAt || locked.status !== "READY" || Number(locked.revision) !== revision)
          return null;
        await writeVariantRows(tx, mediaId, variants);
        return tx.mediaItem.findUniqueOrThrow({
          where: { id: mediaId },
          select: { modelId: true, moderationStatus: true },
        });
      },
      { isolationLevel: "ReadCommitted" },
    ),
  );
  if (!outcome) {
    for (const v of variants) await storage.delete(v.storageKey);
    return { joined: false };
  }
  return { joined: true, ...outcome };
}
