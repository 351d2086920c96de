import { assertCanWrite } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getBulkJobOrThrow } from "./get-bulk-job-or-throw";

/**
 * Asks a queued or running bulk job to stop: it ends CANCELLED after the chunk in progress, keeping
 * what was done. Writers of the job's model only (viewers 403); a finished job is a conflict (409).
 */
export async function cancelBulkJob(user: StaffUser, id: string) {
  const job = await getBulkJobOrThrow(user, id);
  assertCanWrite(user);
  const { count } = await db.bulkJob.updateMany({
    where: { id: job.id, status: { in: ["QUEUED", "RUNNING"] } },
    data: { cancelRequestedAt: job.cancelRequestedAt ?? new Date() },
  });
  if (!count) throw new AppError("conflict", `This job has already finished (${job.status.toLowerCase()}).`);
  return db.bulkJob.findUniqueOrThrow({ where: { id: job.id } });
}
