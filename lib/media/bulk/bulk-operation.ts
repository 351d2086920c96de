import type { StaffUser } from "@/lib/auth/staff-user";
import type { ErrorCode } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One photo a bulk action could not change, with the reason shown in the job's result summary. */
export type BulkFailure = { id: string; message: string; code: ErrorCode };

/** Who runs a bulk action on which model; `actor` is null for the system (the trash purge). */
export interface BulkContext {
  modelId: string;
  actor: StaffUser | null;
  /** The BulkJob, when run as one (keys side effects such as sent events). */
  jobId?: string;
  ip?: string | null;
}

export interface BulkChunkResult {
  /** Photos that now are as the action asked (already being so counts). */
  done: number;
  failures: BulkFailure[];
  /** Whether a public page may show something else now (visibility, order, sections). */
  publicChanged: boolean;
  /** Side effects outside the database (files, events), run once the chunk's transaction committed. */
  afterCommit?: () => Promise<void>;
}

/**
 * One set-based action over a chunk of ids of ONE model, inside the caller's transaction. Ids that are
 * not the model's photos are failures and are never touched. Running it again on the same ids changes
 * nothing more (a retried step must not double anything).
 */
export type BulkOperation<Args = Record<string, unknown>> = (
  tx: Prisma.TransactionClient,
  ctx: BulkContext,
  ids: readonly string[],
  args: Args,
) => Promise<BulkChunkResult>;
