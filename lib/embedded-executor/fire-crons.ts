import { Cron } from "croner";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { ingestEvents } from "@/lib/embedded-executor/ingest-events";
import type { FunctionRegistry } from "@/lib/embedded-executor/sync-functions";

const log = logger.child({ domain: "jobs" });

/** Inngest crons may start with `TZ=Area/City`; croner takes the zone as an option. */
function nextRun(expression: string, after: Date): Date | null {
  const match = /^TZ=(\S+)\s+(.*)$/.exec(expression.trim());
  const pattern = match ? (match[2] as string) : expression;
  return new Cron(pattern, { paused: true, timezone: match?.[1] }).nextRun(after);
}

function cronKey(functionId: string, index: number): string {
  return index === 0 ? functionId : `${functionId}#${index}`;
}

/** Records each served cron trigger with its next due time (kept when the expression is unchanged). */
export async function syncCrons(registry: FunctionRegistry): Promise<void> {
  const now = new Date();
  for (const fn of registry.values()) {
    for (const [index, expression] of fn.crons.entries()) {
      const functionId = cronKey(fn.id, index);
      const existing = await db.jobCron.findUnique({ where: { functionId } });
      if (existing?.expression === expression) continue;
      const next = nextRun(expression, now);
      if (!next) {
        log.warn({ functionId, expression }, "cron expression never fires");
        continue;
      }
      // One statement, so processes starting together don't collide; the due time only moves when the
      // expression changed (assignments run left to right, so the IF sees the old expression).
      await db.$executeRaw`
        INSERT INTO JobCron (functionId, expression, nextRunAt, updatedAt) VALUES (${functionId}, ${expression}, ${next}, ${now})
        ON DUPLICATE KEY UPDATE
          nextRunAt = IF(expression = VALUES(expression), nextRunAt, VALUES(nextRunAt)),
          expression = VALUES(expression),
          updatedAt = VALUES(updatedAt)`;
    }
  }
}

/**
 * Starts a run for every cron that is due. Each schedule row is locked while it fires, and the tick's
 * event id names the scheduled minute, so two processes never start the same tick twice.
 */
export async function fireDueCrons(registry: FunctionRegistry): Promise<number> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const due = await tx.$queryRaw<{ functionId: string; expression: string; nextRunAt: Date }[]>`
      SELECT functionId, expression, nextRunAt FROM JobCron WHERE nextRunAt <= ${now} FOR UPDATE SKIP LOCKED`;
    let fired = 0;
    for (const cron of due) {
      const functionId = cron.functionId.split("#")[0] as string;
      const fn = registry.get(functionId);
      if (!fn) continue;
      const scheduled = new Date(cron.nextRunAt);
      const event = {
        name: "inngest/scheduled.timer",
        data: { cron: cron.expression },
        id: `cron-${cron.functionId}-${scheduled.toISOString()}`,
        ts: scheduled.getTime(),
      };
      const result = await ingestEvents([{ event, targetFunctionId: fn.id }], tx, registry);
      fired += result.runsCreated;
      // Missed ticks (the app was down) are not made up, as in Inngest: the next one is after now.
      const next = nextRun(cron.expression, now);
      if (next)
        await tx.jobCron.update({ where: { functionId: cron.functionId }, data: { nextRunAt: next } });
    }
    return fired;
  });
}
