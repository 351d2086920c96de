import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InngestEvent } from "@/lib/embedded-executor/call-function";
import { evaluateExpression } from "@/lib/embedded-executor/evaluate-expression";
import { newId } from "@/lib/embedded-executor/new-id";
import { currentExecutor } from "@/lib/embedded-executor/registry";
import { triggerMatches, type FunctionRegistry } from "@/lib/embedded-executor/sync-functions";
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

/** The runs one event starts: its target, or every served function whose trigger matches it. */
function runsFor(
  event: InngestEvent,
  payload: string,
  registry: FunctionRegistry | undefined,
  now: Date,
  targetFunctionId?: string,
): Prisma.JobRunCreateManyInput[] {
  const targets = targetFunctionId
    ? !registry || registry.has(targetFunctionId)
      ? [targetFunctionId]
      : []
    : [...(registry?.values() ?? [])]
        .filter((fn) =>
          fn.eventTriggers.some(
            (t) => triggerMatches(t.event, event.name) && evaluateExpression(t.expression, { event }),
          ),
        )
        .map((fn) => fn.id);
  return targets.map((functionId) => ({
    id: newId(now.getTime()),
    functionId,
    eventId: event.id,
    eventName: event.name,
    event: payload,
    status: "QUEUED" as const,
    steps: "{}",
    stack: "[]",
    wakeAt: now,
    createdAt: now,
  }));
}

/**
 * Stores events and, when this process runs an executor (or one is passed in), starts the runs they
 * trigger in the same transaction. Without one (a web process beside a worker) the events are stored
 * undispatched and the worker starts their runs (`dispatchEvents`). An event id that was already
 * received starts nothing. Runs waiting for one of these event names are woken to look for a match.
 */
export async function ingestEvents(
  items: EventToIngest[],
  tx?: Tx,
  registry: FunctionRegistry | undefined = currentExecutor()?.registry,
): Promise<IngestResult> {
  if (items.length === 0) return { ids: [], inserted: 0, runsCreated: 0 };
  const work = async (client: Tx): Promise<IngestResult> => {
    const now = new Date();
    let inserted = 0;
    const runs: Prisma.JobRunCreateManyInput[] = [];
    for (const { event, targetFunctionId } of items) {
      const payload = JSON.stringify(event);
      const dispatched = registry || targetFunctionId ? now : null;
      const affected = await client.$executeRaw`
        INSERT IGNORE INTO JobEvent (id, name, payload, ts, receivedAt, dispatchedAt)
        VALUES (${event.id}, ${event.name}, ${payload}, ${BigInt(Math.round(event.ts))}, ${now}, ${dispatched})`;
      if (affected === 0) continue;
      inserted++;
      if (dispatched) runs.push(...runsFor(event, payload, registry, now, targetFunctionId));
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

/**
 * Starts the runs of events stored without an executor at hand (sent by another process), oldest
 * first. Rows are locked while they are matched, so two executors never start one event twice.
 */
export async function dispatchEvents(registry: FunctionRegistry, limit = 100): Promise<number> {
  return withDeadlockRetry(() =>
    db.$transaction(async (tx) => {
      const events = await tx.$queryRaw<{ id: string; payload: string }[]>`
        SELECT id, payload FROM JobEvent WHERE dispatchedAt IS NULL
        ORDER BY receivedAt ASC LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (events.length === 0) return 0;
      const now = new Date();
      const runs = events.flatMap((row) =>
        runsFor(JSON.parse(row.payload) as InngestEvent, row.payload, registry, now),
      );
      const created = runs.length
        ? (await tx.jobRun.createMany({ data: runs, skipDuplicates: true })).count
        : 0;
      await tx.jobEvent.updateMany({
        where: { id: { in: events.map((row) => row.id) } },
        data: { dispatchedAt: now },
      });
      return created;
    }),
  );
}
