import type { ClassScores } from "./schemas";

export type PolicyDecision = "APPROVED" | "REJECTED" | "NEEDS_REVIEW";

/** A model's thresholds, as stored on `Model`. */
export type ModerationPolicy = { policyApproveBelow: number; policyRejectAbove: number };

export type PolicyOutcome = {
  decision: PolicyDecision;
  /** null when the scores were unusable. */
  unsafeScore: number | null;
  /** One sentence a reviewer can read in the photo's history. */
  reason: string;
};

/** The schema's defaults; used when a model has no policy of its own. */
export const DEFAULT_POLICY: ModerationPolicy = { policyApproveBelow: 0.15, policyRejectAbove: 0.9 };

/** Suggestive ("Sexy") counts half: alone it can block automatic approval but never reach a rejection. */
export const SEXY_WEIGHT = 0.5;

/**
 * The unsafe score: Porn + Hentai + 0.5 x Sexy, in [0, 1].
 * The classes are one softmax, so summing them is the probability mass the model puts on unsafe
 * content; a maximum would let an explicit photo whose mass is split between Porn and Sexy
 * (0.45 + 0.45) look only half as unsafe. Suggestive is not explicit, hence its half weight: with
 * the default thresholds a purely suggestive photo goes to a person, never straight to rejection.
 */
export function unsafeScore(scores: ClassScores): number {
  return Math.min(1, scores.Porn + scores.Hentai + SEXY_WEIGHT * scores.Sexy);
}

const format = (value: number) => value.toFixed(3);

function summary(scores: ClassScores): string {
  return (Object.entries(scores) as [keyof ClassScores, number][])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, value]) => `${name} ${format(value)}`)
    .join(", ");
}

function usable(scores: Partial<Record<keyof ClassScores, unknown>>): scores is ClassScores {
  return (["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const).every((name) => {
    const value = scores[name];
    return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1;
  });
}

function validPolicy({ policyApproveBelow: approve, policyRejectAbove: reject }: ModerationPolicy): boolean {
  return (
    Number.isFinite(approve) && Number.isFinite(reject) && approve >= 0 && reject <= 1 && approve <= reject
  );
}

/**
 * Turns class scores into a decision with a model's thresholds: approved when the unsafe score is
 * strictly below `policyApproveBelow`, rejected when strictly above `policyRejectAbove`, and
 * everything else (on a threshold, in between, unusable scores, a broken policy) goes to review.
 */
export function applyPolicy(
  scores: Partial<Record<keyof ClassScores, unknown>>,
  policy: ModerationPolicy = DEFAULT_POLICY,
): PolicyOutcome {
  if (!usable(scores)) {
    return {
      decision: "NEEDS_REVIEW",
      unsafeScore: null,
      reason: "The provider returned incomplete or invalid scores; a person must decide.",
    };
  }
  const score = unsafeScore(scores);
  const detail = `unsafe score ${format(score)} (${summary(scores)})`;
  if (!validPolicy(policy)) {
    return {
      decision: "NEEDS_REVIEW",
      unsafeScore: score,
      reason: `The model's thresholds are invalid (approve below ${policy.policyApproveBelow}, reject above ${policy.policyRejectAbove}); ${detail} goes to review.`,
    };
  }
  const { policyApproveBelow: approveBelow, policyRejectAbove: rejectAbove } = policy;
  if (score < approveBelow) {
    return {
      decision: "APPROVED",
      unsafeScore: score,
      reason: `Approved automatically: ${detail} is below ${approveBelow}.`,
    };
  }
  if (score > rejectAbove) {
    return {
      decision: "REJECTED",
      unsafeScore: score,
      reason: `Rejected automatically: ${detail} is above ${rejectAbove}.`,
    };
  }
  return {
    decision: "NEEDS_REVIEW",
    unsafeScore: score,
    reason: `Needs review: ${detail} is between the approval threshold ${approveBelow} and the rejection threshold ${rejectAbove}.`,
  };
}
