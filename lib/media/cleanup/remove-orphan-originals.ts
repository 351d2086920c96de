import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage/get-storage";
import { ORIGINALS_PREFIX, parseOriginalKey } from "@/lib/storage/keys";
import type { Storage, StoredObject } from "@/lib/storage/storage";

const log = logger.child({ domain: "media" });

/** An upload stores its original a moment before inserting its row; anything younger may be one in flight. */
export const ORPHAN_MIN_AGE_MS = 60 * 60_000;

/** Keys looked up per query. */
const BATCH = 500;

export type OrphanOriginalsResult = { removed: number; skipped?: string };

/**
 * Deletes the private originals that no media row references (`originalKey`, soft-deleted rows
 * included) and that are older than an hour: what is left when a process dies between storing an
 * upload's original and inserting its row (`storeCheckedUpload` cleans up after any error it sees, but not
 * after a crash). Only keys `originalKey` could have built are considered, so variants, logos and
 * moderation copies are never touched. Skips drivers that cannot list, and refuses when the database
 * has no media at all: every original would look orphaned, which means the wrong database (or storage
 * directory) far more likely than a library whose every upload crashed. Safe to run again.
 */
export async function removeOrphanOriginals({
  storage = getStorage(),
  now = new Date(),
  minAgeMs = ORPHAN_MIN_AGE_MS,
}: { storage?: Storage; now?: Date; minAgeMs?: number } = {}): Promise<OrphanOriginalsResult> {
  if (!storage.list) {
    log.info(
      { driver: storage.driver },
      "orphan originals not checked: this storage driver cannot list files",
    );
    return { removed: 0, skipped: `the ${storage.driver} storage driver cannot list files` };
  }
  const cutoff = now.getTime() - minAgeMs;
  const candidates = (await storage.list(ORIGINALS_PREFIX)).filter(
    (object) => object.modifiedAt.getTime() < cutoff && parseOriginalKey(object.key),
  );
  if (candidates.length === 0) return { removed: 0 };

  if (!(await db.mediaItem.findFirst({ select: { id: true } }))) {
    log.warn(
      { originals: candidates.length },
      "orphan originals not removed: originals in storage but no media rows at all (wrong DATABASE_URL or STORAGE_DIR?)",
    );
    return { removed: 0, skipped: "no media rows at all" };
  }

  let removed = 0;
  for (let i = 0; i < candidates.length; i += BATCH) {
    for (const orphan of await unreferenced(candidates.slice(i, i + BATCH))) {
      await storage.delete(orphan.key);
      log.info(
        { key: orphan.key, bytes: orphan.bytes, modifiedAt: orphan.modifiedAt },
        "removed an orphan original",
      );
      removed++;
    }
  }
  return { removed };
}

/**
 * The objects no row references. A key names its media id (see `originalKey`), so the first lookup is
 * by primary key; only the few keys left over are then matched against `originalKey` itself (not
 * indexed), so a row that references a key under another id still keeps it.
 */
async function unreferenced(batch: StoredObject[]): Promise<StoredObject[]> {
  const ids = batch.map((object) => parseOriginalKey(object.key)!.mediaId);
  const byId = await db.mediaItem.findMany({
    where: { id: { in: ids } },
    select: { originalKey: true },
  });
  const referenced = new Set(byId.map((row) => row.originalKey));
  const rest = batch.filter((object) => !referenced.has(object.key));
  if (rest.length === 0) return [];
  const byKey = await db.mediaItem.findMany({
    where: { originalKey: { in: rest.map((object) => object.key) } },
    select: { originalKey: true },
  });
  for (const row of byKey) referenced.add(row.originalKey);
  return rest.filter((object) => !referenced.has(object.key));
}
