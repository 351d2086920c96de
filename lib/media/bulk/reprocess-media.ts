import { inngest } from "@/lib/jobs/client";
import { mediaReprocess } from "@/lib/jobs/events";
import type { BulkFailure, BulkOperation } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/**
 * Derives photos' variants again (`media/reprocess`, one event each, sent once the chunk committed).
 * Event ids are keyed by the job, so a retried chunk starts nothing twice. Trashed photos are failures.
 */
export const reprocessMedia: BulkOperation = async (tx, ctx, ids) => {
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids);
  const live = rows.filter((row) => !row.deletedAt);
  const refused = rows
    .filter((row) => row.deletedAt)
    .map((row): BulkFailure => ({ id: row.id, message: "In the trash.", code: "conflict" }));
  const key = ctx.jobId ?? `now-${Date.now().toString(36)}`;
  return {
    done: live.length,
    failures: [...failures, ...refused],
    // Pages change when the new variants are saved, which revalidates them.
    publicChanged: false,
    afterCommit: live.length
      ? async () => {
          await inngest.send(
            live.map((row) =>
              mediaReprocess.create(
                { mediaId: row.id, modelId: ctx.modelId },
                { id: `reprocess-${key}-${row.id}` },
              ),
            ),
          );
        }
      : undefined,
  };
};
