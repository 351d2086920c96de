import { hostname } from "node:os";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

const log = logger.child({ domain: "jobs" });

/** A row is refreshed at least this often, so `/api/health` can tell a live executor within a minute. */
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** Rows of processes that vanished without a goodbye (SIGKILL, power loss) are removed after this. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export interface WorkerHeartbeat {
  /** Records a sign of life (at most every interval, unless it claimed work). Never throws. */
  beat(claimed: boolean): Promise<void>;
  remove(): Promise<void>;
}

/** Keeps this executor's row in `JobWorker`: when it last looked for work and when it last claimed some. */
export async function createWorkerHeartbeat(executorId: string): Promise<WorkerHeartbeat> {
  const startedAt = new Date();
  await db.jobWorker.deleteMany({ where: { heartbeatAt: { lt: new Date(Date.now() - FORGET_AFTER_MS) } } });
  await db.jobWorker.create({
    data: {
      id: executorId,
      host: hostname().slice(0, 191),
      pid: process.pid,
      startedAt,
      heartbeatAt: startedAt,
    },
  });
  let last = startedAt.getTime();
  return {
    async beat(claimed) {
      const now = Date.now();
      if (!claimed && now - last < HEARTBEAT_INTERVAL_MS) return;
      last = now;
      try {
        const seen = { heartbeatAt: new Date(now), ...(claimed ? { lastClaimAt: new Date(now) } : {}) };
        await db.jobWorker.upsert({
          where: { id: executorId },
          create: { id: executorId, host: hostname().slice(0, 191), pid: process.pid, startedAt, ...seen },
          update: seen,
        });
      } catch (error) {
        log.warn({ err: error, executorId }, "executor heartbeat failed");
      }
    },
    async remove() {
      await db.jobWorker.deleteMany({ where: { id: executorId } }).catch((error: unknown) => {
        log.warn({ err: error, executorId }, "could not remove the executor's heartbeat row");
      });
    },
  };
}
