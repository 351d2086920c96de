import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { BulkJobStatus } from "@/lib/generated/prisma/enums";

/** Marks a queued job RUNNING (a repeated call changes nothing). */
export async function startBulkJob(jobId: string): Promise<void> {
  await db.bulkJob.updateMany({
    where: { id: jobId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date() },
  });
}

/**
 * Ends a bulk job as COMPLETED, CANCELLED or FAILED and writes its ONE audit entry
 * (`media.bulk.<action>`: the counts, the arguments, and the filter or how many ids), together. A job
 * already ended is left as it is, so a repeated call writes no second entry.
 */
export async function settleBulkJob(
  jobId: string,
  status: Extract<BulkJobStatus, "COMPLETED" | "CANCELLED" | "FAILED">,
): Promise<{ status: BulkJobStatus; done: number; failed: number } | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.bulkJob.updateMany({
      where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status, finishedAt: new Date() },
    });
    const job = await tx.bulkJob.findUnique({ where: { id: jobId } });
    if (!job) return null;
    if (count) {
      await recordAudit(tx, {
        actorId: job.actorId,
        action: `media.bulk.${job.action}`,
        entityType: "BulkJob",
        entityId: job.id,
        modelId: job.modelId,
        after: {
          status,
          total: job.total,
          done: job.done,
          failed: job.failed,
          args: JSON.parse(job.args) as unknown,
          ...(job.filter
            ? { filter: JSON.parse(job.filter) as unknown }
            : { ids: (JSON.parse(job.ids ?? "[]") as unknown[]).length }),
        },
      });
    }
    return { status: job.status, done: job.done, failed: job.failed };
  });
}
