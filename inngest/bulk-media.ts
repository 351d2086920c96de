import { inngest } from "@/lib/jobs/client";
import { mediaBulkRequested } from "@/lib/jobs/events";
import { runBulkChunk } from "@/lib/media/bulk/run-bulk-chunk";
import { settleBulkJob, startBulkJob } from "@/lib/media/bulk/settle-bulk-job";

/** A guard against a filter that keeps matching new photos forever (10,000 chunks = 5 million photos). */
const MAX_CHUNKS = 10_000;

/**
 * One bulk action over a model's photos (`media/bulk.requested`, from `POST /api/models/{slug}/media/bulk`):
 * a step per chunk of 500 (ids ascending, so a filter is walked by keyset and a retried step redoes
 * only its own chunk), progress in the BulkJob after each, a stop at the next chunk once a cancel was
 * asked, then one audit entry. A run that fails for good marks the job FAILED with what it did so far.
 */
export const bulkMedia = inngest.createFunction(
  {
    id: "bulk-media",
    name: "Bulk media action",
    triggers: [{ event: mediaBulkRequested }],
    concurrency: { limit: 2 },
    retries: 3,
    onFailure: async ({ event }) => {
      await settleBulkJob(event.data.event.data.jobId, "FAILED");
    },
  },
  async ({ event, step }) => {
    const { jobId } = event.data;
    await step.run("start", () => startBulkJob(jobId));
    let after: string | null = null;
    let cancelled = false;
    for (let n = 0; n < MAX_CHUNKS; n++) {
      const chunk = await step.run(`chunk-${n}`, () => runBulkChunk(jobId, after));
      if (chunk.stop) {
        cancelled = chunk.stop === "cancelled";
        break;
      }
      after = chunk.last;
    }
    return step.run("finish", () => settleBulkJob(jobId, cancelled ? "CANCELLED" : "COMPLETED"));
  },
);
