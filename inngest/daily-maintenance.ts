import { pruneSignInAttempts } from "@/lib/auth/prune-sign-in-attempts";
import { inngest } from "@/lib/jobs/client";
import { purgeTrash } from "@/lib/media/cleanup/purge-trash";
import { removeOrphanOriginals } from "@/lib/media/cleanup/remove-orphan-originals";
import { removeStaleTempFiles } from "@/lib/media/cleanup/remove-stale-temp-files";
import { backfillPerceptualHashes } from "@/lib/media/similar/backfill-perceptual-hashes";

// Photos processed before perceptual hashes existed: at most 20 steps of 100 a night
// (a fraction of a second each: the original is shrunk while decoding).
const PHASH_BATCH = 100;
const PHASH_BATCHES = 20;

/**
 * Once a day (03:17 UTC, off the hour), clears what nothing else would: sign-in attempts too old to
 * count, photos in the trash longer than TRASH_RETENTION_DAYS (files and rows), private originals a
 * crash left without a media row, and temporary files a crash left behind; then hashes up to 2,000
 * photos processed before perceptual hashes existed and links their near-duplicates.
 * Each step is a sweep that can run again without harm, so a retried step or a repeated run is safe;
 * one run at a time. The steps return counts, which the run's output and the summary log line show.
 */
export const dailyMaintenance = inngest.createFunction(
  {
    id: "daily-maintenance",
    name: "Daily maintenance",
    triggers: [{ cron: "TZ=UTC 17 3 * * *" }],
    concurrency: { limit: 1 },
    retries: 2,
  },
  async ({ step, logger }) => {
    const signInAttempts = await step.run("prune-sign-in-attempts", () => pruneSignInAttempts());
    const trash = await step.run("purge-trash", () => purgeTrash());
    const originals = await step.run("remove-orphan-originals", () => removeOrphanOriginals());
    const tempFiles = await step.run("remove-stale-temp-files", () => removeStaleTempFiles());
    const hashes = { hashed: 0, failed: 0 };
    let afterId: string | null = null;
    for (let batch = 1; batch <= PHASH_BATCHES; batch++) {
      const done = await step.run(`backfill-phash-${batch}`, () =>
        backfillPerceptualHashes({ limit: PHASH_BATCH, afterId }),
      );
      hashes.hashed += done.hashed;
      hashes.failed += done.failed;
      afterId = done.lastId;
      if (done.seen < PHASH_BATCH) break;
    }

    const summary = {
      signInAttempts,
      purgedFromTrash: trash.purged,
      orphanOriginals: originals.removed,
      ...(originals.skipped ? { orphanOriginalsSkipped: originals.skipped } : {}),
      tempFiles,
      ...(hashes.hashed || hashes.failed ? { phashBackfill: hashes } : {}),
    };
    logger.info(summary, "daily maintenance done");
    return summary;
  },
);
