import { pruneSignInAttempts } from "@/lib/auth/prune-sign-in-attempts";
import { inngest } from "@/lib/jobs/client";
import { purgeTrash } from "@/lib/media/cleanup/purge-trash";
import { removeOrphanOriginals } from "@/lib/media/cleanup/remove-orphan-originals";
import { removeStaleTempFiles } from "@/lib/media/cleanup/remove-stale-temp-files";

/**
 * Once a day (03:17 UTC, off the hour), clears what nothing else would: sign-in attempts too old to
 * count, photos in the trash longer than TRASH_RETENTION_DAYS (files and rows), private originals a
 * crash left without a media row, and temporary files a crash left behind.
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

    const summary = {
      signInAttempts,
      purgedFromTrash: trash.purged,
      orphanOriginals: originals.removed,
      ...(originals.skipped ? { orphanOriginalsSkipped: originals.skipped } : {}),
      tempFiles,
    };
    logger.info(summary, "daily maintenance done");
    return summary;
  },
);
