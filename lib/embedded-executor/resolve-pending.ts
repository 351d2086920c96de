import { db } from "@/lib/db";
import type { InngestEvent, Memo } from "@/lib/embedded-executor/call-function";
import { evaluateExpression } from "@/lib/embedded-executor/evaluate-expression";
import { memoize, type PendingOp, type RunState } from "@/lib/embedded-executor/run-state";

/** Events may commit a little out of receivedAt order; a wait's cursor stays this far behind. */
const CURSOR_SAFETY_MS = 10_000;
const SCAN_BATCH = 500;

type WaitOp = Extract<PendingOp, { kind: "wait" }>;
type InvokeOp = Extract<PendingOp, { kind: "invoke" }>;

/** The first event received since the wait began whose name matches and whose `if` holds. */
async function findWaitMatch(op: WaitOp, trigger: InngestEvent, now: number): Promise<InngestEvent | null> {
  let since = new Date(op.since);
  for (;;) {
    const rows = await db.jobEvent.findMany({
      where: { name: op.event, receivedAt: { gte: since } },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: SCAN_BATCH,
      select: { payload: true, receivedAt: true },
    });
    for (const row of rows) {
      const candidate = JSON.parse(row.payload) as InngestEvent;
      if (evaluateExpression(op.if, { event: trigger, async: candidate })) return candidate;
    }
    const last = rows.at(-1)?.receivedAt.getTime();
    if (last !== undefined) op.since = Math.max(op.since, Math.min(last, now - CURSOR_SAFETY_MS));
    if (rows.length < SCAN_BATCH || last === undefined || last === since.getTime()) return null;
    since = new Date(last);
  }
}

/** The outcome of an invoked run, once it has one. */
async function invokeResult(op: InvokeOp): Promise<Memo | null> {
  const child = await db.jobRun.findUnique({
    where: { functionId_eventId: { functionId: op.functionId, eventId: op.eventId } },
    select: { status: true, output: true, error: true },
  });
  if (!child) return { error: { name: "Error", message: `Invoked function ${op.functionId} has no run` } };
  if (child.status === "COMPLETED")
    return { data: child.output ? (JSON.parse(child.output) as unknown) : null };
  if (child.status === "FAILED" || child.status === "CANCELLED") {
    const message = child.error ?? `Invoked function ${op.functionId} ${child.status.toLowerCase()}`;
    return { error: { name: "Error", message } };
  }
  return null;
}

function log(
  state: RunState,
  op: Exclude<PendingOp, { kind: "step" }>,
  kind: string,
  error: string | null,
  now: number,
) {
  state.logs.push({
    runId: state.id,
    stepId: op.id,
    name: op.name,
    op: kind,
    attempt: 0,
    error,
    startedAt: new Date(op.since),
    finishedAt: new Date(now),
  });
}

/**
 * Settles every sleep that is over, every wait that has a matching event (or timed out, with null) and
 * every invocation whose run ended. Returns whether any step result was stored.
 */
export async function resolvePending(state: RunState, now: number): Promise<boolean> {
  let progressed = false;
  for (const op of [...state.pending.ops]) {
    if (op.kind === "sleep" && op.until <= now) {
      memoize(state, op.id, { data: null });
      log(state, op, "Sleep", null, now);
      progressed = true;
    } else if (op.kind === "wait") {
      const match = await findWaitMatch(op, state.event, now);
      if (match || op.until <= now) {
        memoize(state, op.id, { data: match });
        log(state, op, "WaitForEvent", match ? null : "Timed out: resumed with null", now);
        progressed = true;
      }
    } else if (op.kind === "invoke") {
      let result = await invokeResult(op);
      if (!result && op.until !== undefined && op.until <= now) {
        result = {
          error: {
            name: "InngestInvokeTimeoutError",
            message: "Timed out waiting for the invoked function to complete",
          },
        };
      }
      if (result) {
        memoize(state, op.id, result);
        log(state, op, "InvokeFunction", "error" in result ? result.error.message : null, now);
        progressed = true;
      }
    }
  }
  return progressed;
}

/** Whether a resting run already has something to settle (used after releasing it, to close a race). */
export async function hasResolvable(state: RunState, now: number): Promise<boolean> {
  for (const op of state.pending.ops) {
    if (op.kind === "wait" && (await findWaitMatch({ ...op }, state.event, now))) return true;
    if (op.kind === "invoke" && (await invokeResult(op))) return true;
  }
  return false;
}
