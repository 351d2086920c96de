import type { BulkJob } from "@/lib/generated/prisma/client";
import type { BulkJobStatus } from "@/lib/generated/prisma/enums";
import type { BulkFailure } from "./bulk-operation";

/** `GET /api/jobs/{id}`: the progress and the result summary of one bulk job. */
export type BulkJobDto = {
  id: string;
  status: BulkJobStatus;
  action: string;
  done: number;
  total: number;
  failed: number;
  /** The first failures, for the result summary. */
  errors: { id: string; message: string }[];
  createdAt: string;
  finishedAt: string | null;
};

export function parseBulkErrors(text: string | null): BulkFailure[] {
  if (!text) return [];
  try {
    return JSON.parse(text) as BulkFailure[];
  } catch {
    return [];
  }
}

export function toBulkJobDto(job: BulkJob): BulkJobDto {
  return {
    id: job.id,
    status: job.status,
    action: job.action,
    done: job.done,
    total: job.total,
    failed: job.failed,
    errors: parseBulkErrors(job.errors).map(({ id, message }) => ({ id, message })),
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
