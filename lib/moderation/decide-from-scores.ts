import { db } from "@/lib/db";
import { applyMachineDecision, type MachineDecisionOutcome } from "./apply-machine-decision";
import { applyPolicy } from "./apply-policy";
import { parseCheckScores } from "./check-scores";

/**
 * Turns the scores stored on an attempt's row into the model's decision (its thresholds as they are
 * now) and applies it. Unreadable scores go to review, as `applyPolicy` decides for anything uncertain.
 */
export async function decideFromScores(target: {
  checkId: string;
  mediaId: string;
  revision: number;
}): Promise<MachineDecisionOutcome> {
  const check = await db.moderationCheck.findUniqueOrThrow({
    where: { id: target.checkId },
    select: {
      provider: true,
      attempt: true,
      scores: true,
      media: { select: { model: { select: { policyApproveBelow: true, policyRejectAbove: true } } } },
    },
  });
  const stored = parseCheckScores(check.scores);
  const outcome = applyPolicy(stored?.scores ?? {}, check.media.model);
  return applyMachineDecision({
    ...target,
    provider: check.provider,
    attempt: check.attempt,
    decision: outcome.decision,
    reason: stored ? `${outcome.reason} Model: ${stored.model}.` : outcome.reason,
  });
}
