import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage/get-storage";
import { mediaModerationPrefix, mediaPublicPrefix } from "@/lib/storage/keys";
import type { Storage, StoredObject } from "@/lib/storage/storage";
import { ORPHAN_MIN_AGE_MS } from "./remove-orphan-originals";

const log = logger.child({ domain: "media" });

/** Ids looked up per query. */
const BATCH = 500;

/** The folders of files derived per photo (`<folder><mediaId>/...`) and how to name one photo's folder. */
const FOLDERS = [
  { prefix: "public/", of: mediaPublicPrefix },
  { prefix: "moderation/", of: mediaModerationPrefix },
] as const;

export type OrphanDerivedResult = { removed: number; skipped?: string };

/**
 * Deletes the public variants and moderation copies of photos that have no row any more: what a
 * permanent delete leaves when the process dies after deleting the rows and before the files (rows go
 * first, so the trash never lists a photo whose files are gone). A photo's folder goes only when every
 * file in it is older than an hour; skipped for drivers that cannot list, and when the database has no
 * media at all (the wrong database far more likely). Safe to run again.
 */
export async function removeOrphanDerivedFiles({
  storage = getStorage(),
  now = new Date(),
  minAgeMs = ORPHAN_MIN_AGE_MS,
}: { storage?: Storage; now?: Date; minAgeMs?: number } = {}): Promise<OrphanDerivedResult> {
  if (!storage.list) return { removed: 0, skipped: `the ${storage.driver} storage driver cannot list files` };
  if (!(await db.mediaItem.findFirst({ select: { id: true } })))
    return { removed: 0, skipped: "no media rows at all" };
  const cutoff = now.getTime() - minAgeMs;
  let removed = 0;
  for (const folder of FOLDERS) {
    const byMedia = new Map<string, StoredObject[]>();
    for (const object of await storage.list(folder.prefix)) {
      const mediaId = object.key.slice(folder.prefix.length).split("/")[0];
      if (mediaId) byMedia.set(mediaId, [...(byMedia.get(mediaId) ?? []), object]);
    }
    const candidates = [...byMedia]
      .filter(([, objects]) => objects.every((object) => object.modifiedAt.getTime() < cutoff))
      .map(([mediaId]) => mediaId);
    for (let i = 0; i < candidates.length; i += BATCH) {
      const batch = candidates.slice(i, i + BATCH);
      const rows = await db.mediaItem.findMany({ where: { id: { in: batch } }, select: { id: true } });
      const alive = new Set(rows.map((row) => row.id));
      for (const mediaId of batch.filter((id) => !alive.has(id))) {
        const count = await storage.deletePrefix(folder.of(mediaId));
        log.info({ mediaId, folder: folder.prefix, files: count }, "removed the files of a deleted photo");
        removed += count;
      }
    }
  }
  return { removed };
}
