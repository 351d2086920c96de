import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { logger } from "@/lib/logger";
import type { ServeHandler } from "@/lib/embedded-executor/call-function";
import { claimRuns } from "@/lib/embedded-executor/claim-runs";
import { driveRun } from "@/lib/embedded-executor/drive-run";
import { fireDueCrons, syncCrons } from "@/lib/embedded-executor/fire-crons";
import { dispatchEvents } from "@/lib/embedded-executor/ingest-events";
import { currentExecutor, setCurrentExecutor, type ExecutorHandle } from "@/lib/embedded-executor/registry";
import { syncFunctions } from "@/lib/embedded-executor/sync-functions";
import { createWorkerHeartbeat } from "@/lib/embedded-executor/worker-heartbeat";

const log = logger.child({ domain: "jobs" });

export interface ExecutorOptions {
  /** The SDK's serve handler for the functions to run (`inngest/serve.ts`; tests add their own). */
  handler: ServeHandler;
  /** How often to look for due work when nothing wakes the loop (ms). Default 1000. */
  pollIntervalMs?: number;
  /** First retry delay; attempt n waits base * 2^n (ms). Default 2000. */
  backoffBaseMs?: number;
  /** How long a claim on a run lasts without a heartbeat: a crashed process's runs resume after it (ms). Default 30000. */
  leaseMs?: number;
  /** Runs this process drives at once. Default 4. */
  maxConcurrentRuns?: number;
  /** Runs of one function at once, across processes, when it sets no `concurrency.limit`. Default 2. */
  defaultConcurrency?: number;
}

export interface Executor extends ExecutorHandle {
  /** Resolves once the loop is idle: nothing due and nothing in flight (tests use it to wait). */
  idle(): Promise<void>;
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Defaults, overridable by JOBS_POLL_INTERVAL_MS, JOBS_BACKOFF_BASE_MS, JOBS_LEASE_MS, JOBS_MAX_RUNS, JOBS_DEFAULT_CONCURRENCY. */
function resolveOptions(options: ExecutorOptions): Required<Omit<ExecutorOptions, "handler">> {
  return {
    pollIntervalMs: options.pollIntervalMs ?? envNumber("JOBS_POLL_INTERVAL_MS") ?? 1000,
    backoffBaseMs: options.backoffBaseMs ?? envNumber("JOBS_BACKOFF_BASE_MS") ?? 2000,
    leaseMs: options.leaseMs ?? envNumber("JOBS_LEASE_MS") ?? 30_000,
    maxConcurrentRuns: options.maxConcurrentRuns ?? envNumber("JOBS_MAX_RUNS") ?? 4,
    defaultConcurrency: options.defaultConcurrency ?? envNumber("JOBS_DEFAULT_CONCURRENCY") ?? 2,
  };
}

/**
 * Starts the embedded executor in this process: syncs the functions the given serve handler serves, then
 * loops — fire due crons, start the runs of events other processes stored, claim due runs, drive each
 * through the serve handler, record a heartbeat — every poll interval, or at once when an event arrives
 * in-process. `stop()` stops claiming, lets in-flight calls finish and releases their runs.
 */
export async function startExecutor(options: ExecutorOptions): Promise<Executor> {
  const settings = resolveOptions(options);
  const executorId = `${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  const registry = await syncFunctions(options.handler);
  await syncCrons(registry);
  const heartbeat = await createWorkerHeartbeat(executorId);

  const inFlight = new Map<string, Promise<void>>();
  let running = true;
  let kicked = false;
  let wake: (() => void) | undefined;
  let idleWaiters: (() => void)[] = [];

  const kick = () => {
    kicked = true;
    wake?.();
  };

  const ctx = {
    executorId,
    handler: options.handler,
    registry,
    backoffBaseMs: settings.backoffBaseMs,
    leaseMs: settings.leaseMs,
    isStopping: () => !running,
    kick,
  };

  async function tick(): Promise<number> {
    await fireDueCrons(registry);
    await dispatchEvents(registry);
    const claimed = await claimRuns({
      executorId,
      limit: settings.maxConcurrentRuns - inFlight.size,
      leaseMs: settings.leaseMs,
      defaultConcurrency: settings.defaultConcurrency,
      registry,
    });
    for (const runId of claimed) {
      const drive = driveRun(ctx, runId).finally(() => {
        inFlight.delete(runId);
        kick();
      });
      inFlight.set(runId, drive);
    }
    await heartbeat.beat(claimed.length > 0);
    return claimed.length;
  }

  const loop = (async () => {
    while (running) {
      kicked = false;
      let claimed = 0;
      try {
        claimed = await tick();
      } catch (error) {
        log.error({ err: error }, "executor tick failed; trying again");
      }
      if (claimed === 0 && inFlight.size === 0 && !kicked) {
        const waiters = idleWaiters;
        idleWaiters = [];
        waiters.forEach((resolve) => resolve());
      }
      if (!running) break;
      if (kicked || claimed > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, settings.pollIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  const handle: Executor = {
    id: executorId,
    get running() {
      return running;
    },
    registry,
    kick,
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        kick();
      }),
    async stop() {
      if (!running) return;
      running = false;
      wake?.();
      await loop;
      await Promise.allSettled([...inFlight.values()]);
      idleWaiters.forEach((resolve) => resolve());
      idleWaiters = [];
      if (currentExecutor() === handle) setCurrentExecutor(undefined);
      await heartbeat.remove();
      log.info({ executorId }, "embedded executor stopped");
    },
  };
  setCurrentExecutor(handle);
  log.info({ executorId, functions: registry.size, ...settings }, "embedded executor started");
  return handle;
}
