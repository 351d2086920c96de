import { db } from "@/lib/db";
import type { AttemptOutcome } from "./attempt-outcome";
import { recordAttemptFailure } from "./record-attempt-failure";

/**
 * The latest of a run's attempts whose callback has arrived (the webhook route stores the scores on
 * the row), or null. Earlier attempts count too: a slow provider's answer to a timed-out attempt is
 * as good as an answer to the current one.
 */
export async function findScoredAttempt(checkIds: readonly string[]): Promise<string | null> {
  const scored = await db.moderationCheck.findMany({
    where: { id: { in: [...checkIds] }, scores: { not: null } },
    select: { id: true, attempt: true },
    orderBy: { attempt: "desc" },
    take: 1,
  });
  return scored[0]?.id ?? null;
}

function describe(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

/**
 * After the wait for a callback timed out: a callback that landed while nobody was waiting (its
 * event came before the wait began) still counts, since its scores are on the row; otherwise the
 * attempt failed and another may help.
 */
export async function closeWaitingAttempt(
  checkIds: readonly string[],
  attempt: number,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const scored = await findScoredAttempt(checkIds);
  if (scored) return { kind: "scored", checkId: scored };
  const reason = `Attempt ${attempt}: the moderation API did not call back within ${describe(timeoutMs)}.`;
  await recordAttemptFailure(checkIds.at(-1)!, reason);
  return { kind: "failed", retryable: true, reason };
}
