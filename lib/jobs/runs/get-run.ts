import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PendingOp } from "@/lib/embedded-executor/run-state";
import { runSummarySelect, toRunSummary, type RunSummary } from "@/lib/jobs/runs/run-summary";

export interface RunDetail extends RunSummary {
  /** The triggering event as stored (JSON text, pretty-printed). */
  event: string;
  output: string | null;
  /** What the run is blocked on right now. */
  blockedOn: { kind: PendingOp["kind"]; name: string; until: Date | null; detail: string | null }[];
  timeline: {
    id: string;
    name: string;
    op: string;
    attempt: number;
    error: string | null;
    startedAt: Date;
    finishedAt: Date;
    retryAt: Date | null;
  }[];
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** One run with its event, output, what it waits on and its step timeline; 404 when unknown. */
export async function getRun(user: StaffUser, id: string): Promise<RunDetail> {
  assertRole(user, ...MANAGER_ROLES);
  const row = await db.jobRun.findUnique({
    where: { id },
    select: {
      ...runSummarySelect,
      event: true,
      output: true,
      pending: true,
      stepLogs: { orderBy: [{ startedAt: "asc" }, { finishedAt: "asc" }] },
    },
  });
  if (!row) throw notFound("Run");
  const pending = row.pending ? (JSON.parse(row.pending) as { ops?: PendingOp[] }) : {};
  const blockedOn = (pending.ops ?? []).map((op) => ({
    kind: op.kind,
    name: op.name,
    until: op.kind === "step" ? new Date(op.dueAt) : op.until !== undefined ? new Date(op.until) : null,
    detail:
      op.kind === "wait"
        ? `${op.event}${op.if ? ` if ${op.if}` : ""}`
        : op.kind === "invoke"
          ? op.functionId
          : op.kind === "step" && op.attempt > 0
            ? `attempt ${op.attempt + 1}`
            : null,
  }));
  return {
    ...toRunSummary(row),
    event: pretty(row.event),
    output: row.output === null ? null : pretty(row.output),
    blockedOn: row.finishedAt ? [] : blockedOn,
    timeline: row.stepLogs.map((log) => ({
      id: log.id,
      name: log.name,
      op: log.op,
      attempt: log.attempt,
      error: log.error,
      startedAt: log.startedAt,
      finishedAt: log.finishedAt,
      retryAt: log.retryAt,
    })),
  };
}
