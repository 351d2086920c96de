import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { unsafeScore } from "./apply-policy";
import { parseCheckScores, type CheckScores } from "./check-scores";

/** One row of a photo's moderation history, as the review queue and the JSON API show it. */
export type ModerationHistoryEntry = {
  id: string;
  /** `local`, `http`, `manual` or `human`. */
  provider: string;
  /** The provider attempt (0: the run itself failed); meaningless for people. */
  attempt: number;
  automatic: boolean;
  /** Null for an attempt that decided nothing (failed, timed out, still waiting). */
  decision: ModerationStatus | null;
  previousStatus: ModerationStatus;
  reason: string | null;
  decidedBy: { id: string; name: string } | null;
  scores: CheckScores | null;
  unsafeScore: number | null;
  createdAt: string;
};

export const historySelect = {
  id: true,
  provider: true,
  attempt: true,
  automatic: true,
  decision: true,
  previousStatus: true,
  reason: true,
  scores: true,
  createdAt: true,
  decidedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.ModerationCheckSelect;

/** A check as `historySelect` reads it: derived from the select, so the two cannot drift apart. */
type HistoryRow = Prisma.ModerationCheckGetPayload<{ select: typeof historySelect }>;

export function toHistoryEntry(row: HistoryRow): ModerationHistoryEntry {
  const scores = parseCheckScores(row.scores);
  return {
    id: row.id,
    provider: row.provider,
    attempt: row.attempt,
    automatic: row.automatic,
    decision: row.decision,
    previousStatus: row.previousStatus,
    reason: row.reason,
    decidedBy: row.decidedBy,
    scores,
    unsafeScore: scores ? unsafeScore(scores.scores) : null,
    createdAt: row.createdAt.toISOString(),
  };
}
