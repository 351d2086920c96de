import type { Prisma } from "@/lib/generated/prisma/client";
import type { InngestEvent, Memo } from "@/lib/embedded-executor/call-function";

/** Something a run is blocked on. Times are epoch milliseconds. */
export type PendingOp =
  /** A planned step, or one waiting for its next attempt. */
  | { kind: "step"; id: string; name: string; attempt: number; dueAt: number }
  | { kind: "sleep"; id: string; name: string; since: number; until: number }
  /** `since` only moves forward: events received before it were already looked at. */
  | { kind: "wait"; id: string; name: string; event: string; if?: string; since: number; until: number }
  | {
      kind: "invoke";
      id: string;
      name: string;
      functionId: string;
      eventId: string;
      since: number;
      until?: number;
    };

export interface Pending {
  ops: PendingOp[];
  /** A retry of the whole function call (an error thrown outside any step). */
  retry?: { attempt: number; dueAt: number };
  /** A step result was stored since the last discovery call, so new work may be reachable. */
  discover: boolean;
}

export interface RunState {
  id: string;
  functionId: string;
  event: InngestEvent;
  steps: Record<string, Memo>;
  stack: string[];
  pending: Pending;
  /** Highest attempt reached, for the Jobs page. */
  maxAttempt: number;
  lastError: string | null;
  /** Timeline rows not yet written. */
  logs: Prisma.JobStepLogCreateManyInput[];
}

type RunRow = {
  id: string;
  functionId: string;
  event: string;
  steps: string;
  stack: string;
  pending: string | null;
  attempt: number;
  error: string | null;
};

export function parseRunState(row: RunRow): RunState {
  const pending = row.pending ? (JSON.parse(row.pending) as Partial<Pending>) : {};
  const ops = pending.ops ?? [];
  return {
    id: row.id,
    functionId: row.functionId,
    event: JSON.parse(row.event) as InngestEvent,
    steps: JSON.parse(row.steps || "{}") as Record<string, Memo>,
    stack: JSON.parse(row.stack || "[]") as string[],
    // Nothing known to wait for means nothing was discovered yet (or the last call was cut short).
    pending: { ops, retry: pending.retry, discover: pending.discover ?? ops.length === 0 },
    maxAttempt: row.attempt,
    lastError: row.error,
    logs: [],
  };
}

/** The columns that hold a run's progress. */
export function serializeRunState(state: RunState) {
  const retrying = state.pending.ops.find((op) => op.kind === "step" && op.attempt > 0);
  return {
    steps: JSON.stringify(state.steps),
    stack: JSON.stringify(state.stack),
    pending: JSON.stringify(state.pending),
    attempt: state.maxAttempt,
    retryStepId: retrying?.id ?? (state.pending.retry ? "step" : null),
    error: state.lastError,
  };
}

/** Stores a step's result, in completion order, and drops it from what the run waits on. */
export function memoize(state: RunState, id: string, memo: Memo): void {
  state.steps[id] = memo;
  if (!state.stack.includes(id)) state.stack.push(id);
  state.pending.ops = state.pending.ops.filter((op) => op.id !== id);
  state.pending.discover = true;
}

/** What the run is doing between two claims, and when it must be looked at again. */
export function restingState(state: RunState, now: number) {
  const ops = state.pending.ops;
  const dueTimes: number[] = [];
  for (const op of ops) {
    if (op.kind === "step") dueTimes.push(op.dueAt);
    else if (op.kind === "invoke") {
      if (op.until !== undefined) dueTimes.push(op.until);
    } else dueTimes.push(op.until);
  }
  if (state.pending.retry) dueTimes.push(state.pending.retry.dueAt);
  const waitNames = [
    ...new Set(
      ops.flatMap((op) =>
        op.kind === "wait" ? [op.event] : op.kind === "invoke" ? ["inngest/function.finished"] : [],
      ),
    ),
  ];
  const joined = waitNames.join(",");
  const firstWait = ops.find((op) => op.kind === "wait");
  let status: "QUEUED" | "SLEEPING" | "WAITING";
  if (state.pending.discover || ops.length === 0) status = "QUEUED";
  else if (ops.some((op) => op.kind === "step") || state.pending.retry) status = "QUEUED";
  else if (waitNames.length) status = "WAITING";
  else status = "SLEEPING";
  const wakeAt =
    state.pending.discover || (ops.length === 0 && !state.pending.retry)
      ? now
      : dueTimes.length
        ? Math.min(...dueTimes)
        : null;
  return {
    status,
    wakeAt: wakeAt === null ? null : new Date(wakeAt),
    // Incoming events with these names wake the run (a comma list, as MySQL's FIND_IN_SET reads it).
    waitEvent: waitNames.length ? (joined.length <= 191 ? joined : "*") : null,
    waitIf: firstWait?.kind === "wait" ? (firstWait.if ?? null) : null,
    waitStepId: firstWait?.id ?? null,
  };
}

export function displayName(op: { displayName?: string; name?: string; userland?: { id?: string } }): string {
  return op.displayName ?? op.userland?.id ?? op.name ?? "step";
}
