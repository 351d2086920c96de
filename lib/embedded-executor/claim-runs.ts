import { db } from "@/lib/db";
import type { FunctionRegistry } from "@/lib/embedded-executor/sync-functions";

export interface ClaimOptions {
  executorId: string;
  /** How many runs this process may take now. */
  limit: number;
  leaseMs: number;
  /** Runs of one function at once across every process, when the function sets no `concurrency.limit`. */
  defaultConcurrency: number;
  registry: FunctionRegistry;
}

/**
 * Takes due runs for this executor. One named lock per database makes claiming (not running) one
 * process at a time, so per-function concurrency is counted right across processes; rows are read with
 * FOR UPDATE SKIP LOCKED and leased, and a lease that expired (a crashed process) is taken over.
 */
export async function claimRuns(options: ClaimOptions): Promise<string[]> {
  if (options.limit <= 0) return [];
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ got: bigint | number | null }[]>`
        SELECT GET_LOCK(CONCAT('p4g-jobs-', SHA1(DATABASE())), 5) AS got`;
    if (Number(lock?.got ?? 0) !== 1) return [];
    try {
      const now = new Date();
      const candidates = await tx.$queryRaw<{ id: string; functionId: string }[]>`
          SELECT id, functionId FROM JobRun
          WHERE status IN ('QUEUED', 'RUNNING', 'SLEEPING', 'WAITING')
            AND wakeAt IS NOT NULL AND wakeAt <= ${now}
            AND (leaseUntil IS NULL OR leaseUntil < ${now})
          ORDER BY wakeAt ASC
          LIMIT ${options.limit * 5 + 20}
          FOR UPDATE SKIP LOCKED`;
      if (candidates.length === 0) return [];
      const functionIds = [...new Set(candidates.map((run) => run.functionId))];
      const active = await tx.jobRun.groupBy({
        by: ["functionId"],
        where: { functionId: { in: functionIds }, leaseUntil: { gte: now } },
        _count: { _all: true },
      });
      const running = new Map(active.map((row) => [row.functionId, row._count._all]));
      const chosen: string[] = [];
      for (const run of candidates) {
        if (chosen.length >= options.limit) break;
        const limit = options.registry.get(run.functionId)?.concurrencyLimit ?? options.defaultConcurrency;
        const current = running.get(run.functionId) ?? 0;
        if (current >= limit) continue;
        running.set(run.functionId, current + 1);
        chosen.push(run.id);
      }
      if (chosen.length) {
        await tx.jobRun.updateMany({
          where: { id: { in: chosen } },
          data: {
            leaseOwner: options.executorId,
            leaseUntil: new Date(now.getTime() + options.leaseMs),
            status: "RUNNING",
          },
        });
        await tx.$executeRaw`UPDATE JobRun SET startedAt = ${now} WHERE startedAt IS NULL AND leaseOwner = ${options.executorId} AND status = 'RUNNING'`;
      }
      return chosen;
    } finally {
      await tx.$queryRaw`SELECT RELEASE_LOCK(CONCAT('p4g-jobs-', SHA1(DATABASE())))`;
    }
  });
}
