import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InngestEvent } from "@/lib/embedded-executor/call-function";
import { evaluateExpression } from "@/lib/embedded-executor/evaluate-expression";
import { newId } from "@/lib/embedded-executor/new-id";
import { currentExecutor } from "@/lib/embedded-executor/registry";
import { functionRegistry, triggerMatches } from "@/lib/embedded-executor/sync-functions";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";

export type Tx = Prisma.TransactionClient;

export interface EventToIngest {
  event: InngestEvent;
  /** Start this one function instead of matching triggers (cron ticks, `step.invoke`). */
  targetFunctionId?: string;
}

export interface IngestResult {
  ids: string[];
  /** Events that were new (an id seen before is ignored: event-id idempotency). */
  inserted: number;
  runsCreated: number;
}

/**
 * Stores events and starts the runs they trigger, in one transaction: an event id that was already
 * received starts nothing. Runs waiting for one of these event names are woken to look for a match.
 */
export async function ingestEvents(items: EventToIngest[], tx?: Tx): Promise<IngestResult> {
  if (items.length === 0) return { ids: [], inserted: 0, runsCreated: 0 };
  const registry = await functionRegistry();
  const work = async (client: Tx): Promise<IngestResult> => {
    const now = new Date();
    let inserted = 0;
    const runs: Prisma.JobRunCreateManyInput[] = [];
    for (const { event, targetFunctionId } of items) {
      const payload = JSON.stringify(event);
      const affected = await client.$executeRaw`
        INSERT IGNORE INTO JobEvent (id, name, payload, ts, receivedAt)
        VALUES (${event.id}, ${event.name}, ${payload}, ${BigInt(Math.round(event.ts))}, ${now})`;
      if (affected === 0) continue;
      inserted++;
      const targets = targetFunctionId
        ? registry.has(targetFunctionId)
          ? [targetFunctionId]
          : []
        : [...registry.values()]
            .filter((fn) =>
              fn.eventTriggers.some(
                (t) => triggerMatches(t.event, event.name) && evaluateExpression(t.expression, { event }),
              ),
            )
            .map((fn) => fn.id);
      for (const functionId of targets) {
        runs.push({
          id: newId(now.getTime()),
          functionId,
          eventId: event.id,
          eventName: event.name,
          event: payload,
          status: "QUEUED",
          steps: "{}",
          stack: "[]",
          wakeAt: now,
          createdAt: now,
        });
      }
    }
    const created = runs.length
      ? (await client.jobRun.createMany({ data: runs, skipDuplicates: true })).count
      : 0;
    if (inserted > 0) {
      const names = [...new Set(items.map((item) => item.event.name))];
      for (const name of names) {
        await client.$executeRaw`
          UPDATE JobRun SET wakeAt = ${now}
          WHERE finishedAt IS NULL AND waitEvent IS NOT NULL
            AND (FIND_IN_SET(${name}, waitEvent) > 0 OR waitEvent = '*')
            AND (wakeAt IS NULL OR wakeAt > ${now})`;
      }
    }
    return { ids: items.map((item) => item.event.id), inserted, runsCreated: created };
  };
  const result = tx ? await work(tx) : await withDeadlockRetry(() => db.$transaction(work));
  if (!tx && (result.inserted > 0 || result.runsCreated > 0)) currentExecutor()?.kick();
  return result;
}
