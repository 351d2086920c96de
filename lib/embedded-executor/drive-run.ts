import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import {
  callFunction,
  toSerializedError,
  type CallOutcome,
  type InngestEvent,
  type Op,
  type SerializedError,
  type ServeHandler,
} from "@/lib/embedded-executor/call-function";
import { ingestEvents, type Tx } from "@/lib/embedded-executor/ingest-events";
import {
  parseRunState,
  memoize,
  restingState,
  serializeRunState,
  displayName,
  type PendingOp,
  type RunState,
} from "@/lib/embedded-executor/run-state";
import { hasResolvable, resolvePending } from "@/lib/embedded-executor/resolve-pending";
import { resolveTimeString } from "@/lib/embedded-executor/parse-duration";
import { retryDelay } from "@/lib/embedded-executor/retry-delay";
import type { FunctionConfig, FunctionRegistry } from "@/lib/embedded-executor/sync-functions";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";

const log = logger.child({ domain: "jobs" });

/** A cap on serve-handler calls per claim, so one endless run cannot hold a slot forever. */
const MAX_CALLS_PER_CLAIM = 500;
const UNSUPPORTED_OPS = new Set(["WaitForSignal", "AIGateway", "Gateway", "DeferAdd", "DeferAbort"]);

export interface DriveContext {
  executorId: string;
  handler: ServeHandler;
  registry: FunctionRegistry;
  backoffBaseMs: number;
  leaseMs: number;
  isStopping(): boolean;
  kick(): void;
}

class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lease on run ${runId} was lost`);
  }
}

function errorText(error: SerializedError): string {
  return `${error.name}: ${error.message}`.slice(0, 60_000);
}

/** Holds the claim on one run while this process drives it, and writes its progress under that claim. */
class RunDriver {
  private saving: Promise<void> = Promise.resolve();
  private leaseLost = false;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly ctx: DriveContext,
    private readonly state: RunState,
    private readonly fn: FunctionConfig,
  ) {}

  startHeartbeat() {
    this.heartbeat = setInterval(
      () => {
        void db.jobRun
          .updateMany({
            where: { id: this.state.id, leaseOwner: this.ctx.executorId },
            data: { leaseUntil: new Date(Date.now() + this.ctx.leaseMs) },
          })
          .then(({ count }) => {
            if (count === 0) this.leaseLost = true;
          })
          .catch((error: unknown) =>
            log.warn({ err: error, runId: this.state.id }, "lease heartbeat failed"),
          );
      },
      Math.max(50, Math.floor(this.ctx.leaseMs / 3)),
    );
    this.heartbeat.unref?.();
  }

  stopHeartbeat() {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  private get interrupted() {
    return this.leaseLost || this.ctx.isStopping();
  }

  /** Writes the state and new timeline rows, only while this executor still holds the run. */
  save(extra: Record<string, unknown> = {}, then?: (tx: Tx) => Promise<unknown>): Promise<void> {
    const next = this.saving.then(async () => {
      const logs = this.state.logs.splice(0);
      const data = { ...serializeRunState(this.state), ...extra };
      // Runs finishing side by side (a burst of uploads) can deadlock on JobRun/JobEvent; InnoDB
      // rolls the victim back whole, so it is safe to write it again instead of waiting a lease out.
      await withDeadlockRetry(() =>
        db.$transaction(async (tx) => {
          const { count } = await tx.jobRun.updateMany({
            where: { id: this.state.id, leaseOwner: this.ctx.executorId },
            data,
          });
          if (count === 0) throw new LeaseLostError(this.state.id);
          if (logs.length) await tx.jobStepLog.createMany({ data: logs });
          if (then) await then(tx);
        }),
      );
    });
    this.saving = next.catch(() => undefined);
    return next;
  }

  private call(stepId: string, attempt: number, disableImmediateExecution = false): Promise<CallOutcome> {
    return callFunction(this.ctx.handler, {
      functionId: this.fn.id,
      stepId,
      runId: this.state.id,
      event: this.state.event,
      steps: this.state.steps,
      stack: this.state.stack,
      attempt,
      maxAttempts: this.fn.maxAttempts,
      disableImmediateExecution,
    }).catch((error: unknown) => ({
      kind: "error" as const,
      error: toSerializedError(error),
      noRetry: false,
      retryAfter: null,
      status: 500,
    }));
  }

  private logStep(
    id: string,
    name: string,
    op: string,
    attempt: number,
    startedAt: Date,
    error?: SerializedError,
    retry?: { at: number; decidedAt: number },
  ) {
    this.state.logs.push({
      runId: this.state.id,
      stepId: id,
      name: name.slice(0, 191),
      op,
      attempt,
      error: error ? errorText(error) : null,
      startedAt,
      // With a retry, the row ends when the delay was decided, so retryAt - finishedAt is the backoff.
      finishedAt: new Date(retry?.decidedAt ?? Date.now()),
      retryAt: retry ? new Date(retry.at) : null,
    });
    if (attempt > this.state.maxAttempt) this.state.maxAttempt = attempt;
    if (error) this.state.lastError = errorText(error);
  }

  /** A step failed at `attempt`: schedule the next attempt, or store the failure when none is left. */
  private stepFailed(
    op: Op,
    attempt: number,
    startedAt: Date,
    error: SerializedError,
    final: boolean,
    retryAfter: string | null,
  ) {
    const name = displayName(op);
    if (final || attempt + 1 >= this.fn.maxAttempts) {
      this.logStep(op.id, name, "StepFailed", attempt, startedAt, error);
      memoize(this.state, op.id, { error });
      return;
    }
    const decidedAt = Date.now();
    const dueAt = decidedAt + retryDelay(attempt, this.ctx.backoffBaseMs, retryAfter);
    this.logStep(op.id, name, "StepError", attempt, startedAt, error, { at: dueAt, decidedAt });
    this.state.pending.ops = this.state.pending.ops.filter((pending) => pending.id !== op.id);
    this.state.pending.ops.push({ kind: "step", id: op.id, name, attempt: attempt + 1, dueAt });
  }

  /** Runs one planned (or retried) step by its id. */
  private async runStep(pending: Extract<PendingOp, { kind: "step" }>) {
    const startedAt = new Date();
    const outcome = await this.call(pending.id, pending.attempt, true);
    const op: Op = { op: "StepPlanned", id: pending.id, displayName: pending.name };
    if (outcome.kind === "ops") {
      const result = outcome.ops.find((candidate) => candidate.id === pending.id);
      if (result?.op === "StepRun") {
        this.logStep(pending.id, displayName(result), "StepRun", pending.attempt, startedAt);
        memoize(this.state, pending.id, { data: result.data ?? null });
      } else if (result?.op === "StepError" || result?.op === "StepFailed") {
        const error = toSerializedError(result.error);
        this.stepFailed(
          result,
          pending.attempt,
          startedAt,
          error,
          result.op === "StepFailed" || outcome.noRetry,
          outcome.retryAfter,
        );
      } else {
        // The step is no longer reachable: forget it and ask the function what comes next.
        this.state.pending.ops = this.state.pending.ops.filter((candidate) => candidate.id !== pending.id);
        this.state.pending.discover = true;
      }
    } else if (outcome.kind === "error") {
      this.stepFailed(op, pending.attempt, startedAt, outcome.error, outcome.noRetry, outcome.retryAfter);
    } else {
      this.state.pending.ops = this.state.pending.ops.filter((candidate) => candidate.id !== pending.id);
      this.state.pending.discover = true;
    }
    await this.save();
  }

  /** Starts the invoked function as its own run and waits for its outcome. */
  private async invoke(op: Op, now: number) {
    const opts = (op.opts ?? {}) as {
      function_id?: string;
      payload?: { data?: Record<string, unknown> };
      timeout?: string;
    };
    const functionId = String(opts.function_id ?? "");
    const name = displayName(op);
    if (!this.ctx.registry.has(functionId)) {
      this.logStep(op.id, name, "InvokeFunction", 0, new Date(now), {
        name: "Error",
        message: `No function ${functionId} is served`,
      });
      memoize(this.state, op.id, {
        error: { name: "Error", message: `Invoked function ${functionId} is not served by this app` },
      });
      return;
    }
    const eventId = `invoke-${this.state.id}-${op.id}`;
    const event: InngestEvent = {
      name: "inngest/function.invoked",
      data: opts.payload?.data ?? {},
      id: eventId,
      ts: now,
    };
    await ingestEvents([{ event, targetFunctionId: functionId }], undefined, this.ctx.registry);
    const until = opts.timeout ? resolveTimeString(opts.timeout, new Date(now)).getTime() : undefined;
    this.state.pending.ops.push({ kind: "invoke", id: op.id, name, functionId, eventId, since: now, until });
  }

  /** Applies what a discovery call reported. Returns an outcome when the run is over. */
  private async applyOps(
    ops: Op[],
    attempt: number,
    startedAt: Date,
    outcome: Extract<CallOutcome, { kind: "ops" }>,
  ) {
    const now = Date.now();
    const known = (id: string) => id in this.state.steps || this.state.pending.ops.some((op) => op.id === id);
    for (const op of ops) {
      if (op.op === "StepRun") {
        this.logStep(op.id, displayName(op), "StepRun", attempt, startedAt);
        memoize(this.state, op.id, { data: op.data ?? null });
      } else if (op.op === "StepError" || op.op === "StepFailed") {
        this.stepFailed(
          op,
          attempt,
          startedAt,
          toSerializedError(op.error),
          op.op === "StepFailed" || outcome.noRetry,
          outcome.retryAfter,
        );
      } else if (op.op === "RunComplete") {
        return { done: "complete" as const, output: op.data ?? null };
      } else if (known(op.id)) {
        continue;
      } else if (op.op === "StepPlanned") {
        this.state.pending.ops.push({
          kind: "step",
          id: op.id,
          name: displayName(op),
          attempt: 0,
          dueAt: now,
        });
      } else if (op.op === "Sleep") {
        const until = resolveTimeString(op.name ?? "", new Date(now)).getTime();
        this.state.pending.ops.push({ kind: "sleep", id: op.id, name: displayName(op), since: now, until });
      } else if (op.op === "WaitForEvent") {
        const opts = (op.opts ?? {}) as { timeout?: string; if?: string };
        const until = resolveTimeString(opts.timeout ?? "", new Date(now)).getTime();
        this.state.pending.ops.push({
          kind: "wait",
          id: op.id,
          name: displayName(op),
          event: op.name ?? "",
          if: opts.if,
          since: now,
          until,
        });
      } else if (op.op === "InvokeFunction") {
        await this.invoke(op, now);
      } else if (UNSUPPORTED_OPS.has(op.op)) {
        const error = {
          name: "NonRetriableError",
          message: `${op.op} (${displayName(op)}) is not supported by the embedded executor; use Inngest Cloud or a self-hosted Inngest server`,
        };
        return { done: "failed" as const, error };
      }
    }
    return null;
  }

  /** Drives the run until it finishes, rests (sleep, wait, backoff), or the executor stops. */
  async drive(): Promise<void> {
    const state = this.state;
    for (let calls = 0; calls < MAX_CALLS_PER_CLAIM; calls++) {
      if (this.interrupted) break;
      const now = Date.now();
      if (await resolvePending(state, now)) await this.save();

      const dueSteps = state.pending.ops.filter(
        (op): op is Extract<PendingOp, { kind: "step" }> => op.kind === "step" && op.dueAt <= now,
      );
      if (dueSteps.length) {
        await Promise.all(dueSteps.map((op) => this.runStep(op)));
        continue;
      }
      // A step in backoff must not be run early by a discovery call executing it inline.
      if (state.pending.ops.some((op) => op.kind === "step")) break;
      if (state.pending.retry && state.pending.retry.dueAt > now) break;
      if (!state.pending.discover && !state.pending.retry) break;

      const attempt = state.pending.retry?.attempt ?? 0;
      const startedAt = new Date();
      const outcome = await this.call("step", attempt);
      if (this.leaseLost) break;
      state.pending.discover = false;
      state.pending.retry = undefined;
      if (outcome.kind === "complete") return this.finish("COMPLETED", outcome.output);
      if (outcome.kind === "error") {
        const final = outcome.noRetry || attempt + 1 >= this.fn.maxAttempts;
        if (final) {
          this.logStep("step", "function", "FunctionFailed", attempt, startedAt, outcome.error);
          return this.finish("FAILED", undefined, outcome.error);
        }
        const decidedAt = Date.now();
        const dueAt = decidedAt + retryDelay(attempt, this.ctx.backoffBaseMs, outcome.retryAfter);
        this.logStep("step", "function", "FunctionError", attempt, startedAt, outcome.error, {
          at: dueAt,
          decidedAt,
        });
        state.pending.retry = { attempt: attempt + 1, dueAt };
        await this.save();
        continue;
      }
      const done = await this.applyOps(outcome.ops, attempt, startedAt, outcome);
      if (done?.done === "complete") return this.finish("COMPLETED", done.output);
      if (done?.done === "failed") return this.finish("FAILED", undefined, done.error);
      if (!state.pending.discover && state.pending.ops.length === 0) {
        // Nothing to wait for and nothing new: retry the call later rather than spin.
        const decidedAt = Date.now();
        const dueAt = decidedAt + retryDelay(attempt, this.ctx.backoffBaseMs, null);
        const error = {
          name: "ProtocolError",
          message: `The function reported no work to do (${outcome.ops.map((op) => op.op).join(", ") || "no ops"})`,
        };
        if (attempt + 1 >= this.fn.maxAttempts) return this.finish("FAILED", undefined, error);
        this.logStep("step", "function", "FunctionError", attempt, startedAt, error, {
          at: dueAt,
          decidedAt,
        });
        state.pending.retry = { attempt: attempt + 1, dueAt };
      }
      await this.save();
    }
    await this.rest();
  }

  /** Releases the run until its next due time, then closes the race with an event that just arrived. */
  private async rest() {
    const resting = restingState(this.state, Date.now());
    try {
      await this.save({ ...resting, leaseOwner: null, leaseUntil: null });
    } catch (error) {
      if (error instanceof LeaseLostError) return;
      throw error;
    }
    if (resting.waitEvent && (await hasResolvable(this.state, Date.now()))) {
      await db.jobRun.updateMany({
        where: { id: this.state.id, leaseOwner: null, finishedAt: null },
        data: { wakeAt: new Date() },
      });
      this.ctx.kick();
    }
  }

  private async finish(status: "COMPLETED" | "FAILED", output?: unknown, error?: SerializedError) {
    const state = this.state;
    const now = Date.now();
    if (error) state.lastError = errorText(error);
    state.pending = { ops: [], discover: false };
    const base = { function_id: state.functionId, run_id: state.id, event: state.event };
    const events = [
      {
        event: {
          name: "inngest/function.finished",
          data: status === "COMPLETED" ? { ...base, result: output ?? null } : { ...base, error },
          id: `finished-${state.id}`,
          ts: now,
        },
      },
      ...(status === "FAILED"
        ? [
            {
              event: {
                name: "inngest/function.failed",
                data: { ...base, error },
                id: `failed-${state.id}`,
                ts: now,
              },
            },
          ]
        : []),
    ];
    await this.save(
      {
        status,
        output: status === "COMPLETED" ? JSON.stringify(output ?? null) : null,
        finishedAt: new Date(now),
        wakeAt: null,
        waitEvent: null,
        waitIf: null,
        waitStepId: null,
        retryStepId: null,
        leaseOwner: null,
        leaseUntil: null,
      },
      (tx) => ingestEvents(events, tx, this.ctx.registry),
    );
    this.ctx.kick();
  }
}

/** Drives one claimed run through the serve handler; any failure leaves it to be reclaimed. */
export async function driveRun(ctx: DriveContext, runId: string): Promise<void> {
  const row = await db.jobRun.findFirst({ where: { id: runId, leaseOwner: ctx.executorId } });
  if (!row) return;
  const fn = ctx.registry.get(row.functionId);
  if (!fn) {
    // Another process (a newer deploy) may serve it; look again in a minute.
    await db.jobRun.updateMany({
      where: { id: runId, leaseOwner: ctx.executorId },
      data: {
        leaseOwner: null,
        leaseUntil: null,
        status: "QUEUED",
        wakeAt: new Date(Date.now() + 60_000),
        error: `Function ${row.functionId} is not served by this app`,
      },
    });
    return;
  }
  const driver = new RunDriver(ctx, parseRunState(row), fn);
  driver.startHeartbeat();
  try {
    await driver.drive();
  } catch (error) {
    if (error instanceof LeaseLostError)
      log.warn({ runId }, "lost the lease on a run; another executor will continue it");
    else
      log.error(
        { err: error, runId },
        "driving a run failed; it will be picked up again when its lease expires",
      );
  } finally {
    driver.stopHeartbeat();
  }
}
