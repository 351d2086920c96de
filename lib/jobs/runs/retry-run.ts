import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Memo } from "@/lib/embedded-executor/call-function";
import { currentExecutor } from "@/lib/embedded-executor/registry";

/**
 * Runs a failed run again from where it failed: step results stored before the first failed step are
 * kept (steps are idempotent, but there is no reason to redo finished work), the rest is dropped.
 */
export async function retryRun(
  user: StaffUser,
  id: string,
  { ip }: { ip?: string | null } = {},
): Promise<void> {
  assertRole(user, ...MANAGER_ROLES);
  await db.$transaction(async (tx) => {
    const run = await tx.jobRun.findUnique({
      where: { id },
      select: { status: true, steps: true, stack: true, error: true },
    });
    if (!run) throw notFound("Run");
    if (run.status !== "FAILED") throw new AppError("conflict", "Only a failed run can be retried.");
    const steps = JSON.parse(run.steps) as Record<string, Memo>;
    const stack = JSON.parse(run.stack) as string[];
    const firstFailure = stack.findIndex((hash) => steps[hash] && "error" in (steps[hash] as Memo));
    const kept = firstFailure === -1 ? stack : stack.slice(0, firstFailure);
    const keptSteps = Object.fromEntries(
      kept.filter((hash) => steps[hash]).map((hash) => [hash, steps[hash]]),
    );
    const { count } = await tx.jobRun.updateMany({
      where: { id, status: "FAILED" },
      data: {
        status: "QUEUED",
        steps: JSON.stringify(keptSteps),
        stack: JSON.stringify(kept),
        pending: null,
        attempt: 0,
        retryStepId: null,
        output: null,
        error: null,
        wakeAt: new Date(),
        finishedAt: null,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    if (count === 0) throw new AppError("conflict", "The run changed meanwhile; reload and try again.");
    await recordAudit(tx, {
      actorId: user.id,
      action: "job.retry",
      entityType: "JobRun",
      entityId: id,
      before: { status: "FAILED", error: run.error },
      after: { status: "QUEUED", keptSteps: kept.length },
      ip,
    });
  });
  currentExecutor()?.kick();
}
