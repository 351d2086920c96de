import { staffUserSelect } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { BulkJob } from "@/lib/generated/prisma/client";
import { mediaFilterSchema } from "@/lib/media/library/media-query";
import { mediaWhere } from "@/lib/media/library/media-where";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { parseBulkErrors } from "./bulk-job-dto";
import { BULK_OPERATIONS } from "./bulk-operations";
import type { BulkAction } from "./bulk-schemas";

/** Photos per chunk: one transaction and one progress update each. */
export const BULK_CHUNK = 500;
/** Failures kept for the result summary (the count keeps counting). */
const MAX_ERRORS = 50;

export type BulkChunkOutcome = {
  /** Why the job stops after this chunk, or null to go on after `last`. */
  stop: "done" | "cancelled" | null;
  last: string | null;
};

/** The next ids of the job after `after`, ascending: a slice of its ids, or a keyset page of its filter. */
async function nextIds(job: BulkJob, after: string | null): Promise<string[]> {
  if (job.ids) {
    const ids = JSON.parse(job.ids) as string[];
    return (after === null ? ids : ids.filter((id) => id > after)).slice(0, BULK_CHUNK);
  }
  const filter = mediaFilterSchema.parse(JSON.parse(job.filter ?? "{}"));
  const rows = await db.mediaItem.findMany({
    where: { AND: [mediaWhere(job.modelId, filter), ...(after === null ? [] : [{ id: { gt: after } }])] },
    orderBy: { id: "asc" },
    take: BULK_CHUNK,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * One step of a bulk job: the next chunk of photos after `after` changed by the job's operation and the
 * job's progress (done, failed, first errors) updated in the same transaction; then files or events
 * outside the database, then one refresh of the model's public pages if they changed. Stops before
 * doing anything once a cancel was requested.
 */
export async function runBulkChunk(jobId: string, after: string | null): Promise<BulkChunkOutcome> {
  const job = await db.bulkJob.findUnique({ where: { id: jobId } });
  if (!job || job.status !== "RUNNING") return { stop: "done", last: after };
  if (job.cancelRequestedAt) return { stop: "cancelled", last: after };
  const ids = await nextIds(job, after);
  if (!ids.length) return { stop: "done", last: after };

  const actor = job.actorId
    ? await db.user.findFirst({ where: { id: job.actorId, disabled: false }, select: staffUserSelect })
    : null;
  const operation = BULK_OPERATIONS[job.action as BulkAction];
  const ctx = { modelId: job.modelId, actor, jobId: job.id };
  const result = await db.$transaction(
    async (tx) => {
      const outcome = await operation(tx, ctx, ids, JSON.parse(job.args) as never);
      const current = await tx.bulkJob.findUniqueOrThrow({ where: { id: job.id }, select: { errors: true } });
      const errors = [...parseBulkErrors(current.errors), ...outcome.failures].slice(0, MAX_ERRORS);
      await tx.bulkJob.update({
        where: { id: job.id },
        data: {
          done: { increment: outcome.done },
          failed: { increment: outcome.failures.length },
          errors: errors.length ? JSON.stringify(errors) : null,
        },
      });
      return outcome;
    },
    { timeout: 120_000 },
  );
  await result.afterCommit?.();
  if (result.publicChanged) await revalidateMediaGallery(job.modelId, `bulk ${job.action} (job ${job.id})`);
  return { stop: ids.length < BULK_CHUNK ? "done" : null, last: ids.at(-1)! };
}
