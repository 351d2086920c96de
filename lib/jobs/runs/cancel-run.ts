import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { ingestEvents } from "@/lib/embedded-executor/ingest-events";
import { currentExecutor } from "@/lib/embedded-executor/registry";

/**
 * Cancels a run that is sleeping or waiting for an event. A run executing a step right now cannot be
 * cancelled (its step would finish anyway); try again once it rests.
 */
export async function cancelRun(
  user: StaffUser,
  id: string,
  { ip }: { ip?: string | null } = {},
): Promise<void> {
  assertRole(user, ...MANAGER_ROLES);
  await db.$transaction(async (tx) => {
    const run = await tx.jobRun.findUnique({
      where: { id },
      select: { status: true, functionId: true, event: true },
    });
    if (!run) throw notFound("Run");
    if (run.status !== "WAITING" && run.status !== "SLEEPING") {
      throw new AppError(
        "conflict",
        `Only a sleeping or waiting run can be cancelled; this one is ${run.status.toLowerCase()}.`,
      );
    }
    const now = new Date();
    const message = `Cancelled by ${user.email}`;
    const { count } = await tx.jobRun.updateMany({
      where: { id, status: run.status, OR: [{ leaseOwner: null }, { leaseUntil: { lt: now } }] },
      data: {
        status: "CANCELLED",
        error: message,
        finishedAt: now,
        wakeAt: null,
        waitEvent: null,
        waitIf: null,
        waitStepId: null,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    if (count === 0)
      throw new AppError("conflict", "The run is executing a step right now; try again in a moment.");
    // Wakes a run that invoked this one, so it gets the cancellation as the invocation's error.
    await ingestEvents(
      [
        {
          event: {
            name: "inngest/function.finished",
            data: {
              function_id: run.functionId,
              run_id: id,
              event: JSON.parse(run.event),
              error: { name: "Error", message },
            },
            id: `finished-${id}`,
            ts: now.getTime(),
          },
        },
      ],
      tx,
    );
    await recordAudit(tx, {
      actorId: user.id,
      action: "job.cancel",
      entityType: "JobRun",
      entityId: id,
      before: { status: run.status },
      after: { status: "CANCELLED" },
      ip,
    });
  });
  currentExecutor()?.kick();
}
