import { describe, expect, it } from "vitest";
import { applyPolicy, DEFAULT_POLICY, unsafeScore } from "@/lib/moderation/apply-policy";
import { moderationPolicySchema } from "@/lib/moderation/moderation-policy-schema";
import type { ClassScores } from "@/lib/moderation/schemas";

/** Scores with the given unsafe classes; the rest of the probability is Neutral. */
function scores(partial: Partial<ClassScores>): ClassScores {
  const base = { Drawing: 0, Hentai: 0, Porn: 0, Sexy: 0, ...partial };
  return {
    ...base,
    Neutral: partial.Neutral ?? Math.max(0, 1 - base.Drawing - base.Hentai - base.Porn - base.Sexy),
  };
}

describe("unsafe score", () => {
  it("adds Porn and Hentai and half of Sexy", () => {
    expect(unsafeScore(scores({ Porn: 0.2, Hentai: 0.1, Sexy: 0.4 }))).toBeCloseTo(0.5, 10);
    expect(unsafeScore(scores({ Drawing: 0.9 }))).toBe(0);
  });

  it("treats an explicit photo whose probability is split between classes as explicit", () => {
    // A max() would see 0.46 here and send it to review; the sum rejects it.
    const split = scores({ Porn: 0.46, Hentai: 0.46 });
    expect(unsafeScore(split)).toBeCloseTo(0.92, 10);
    expect(applyPolicy(split).decision).toBe("REJECTED");
  });
});

describe("applyPolicy with the default thresholds (approve below 0.15, reject above 0.9)", () => {
  it("approves a clearly safe photo and says why", () => {
    const outcome = applyPolicy(scores({ Porn: 0.01 }));
    expect(outcome.decision).toBe("APPROVED");
    expect(outcome.unsafeScore).toBeCloseTo(0.01, 10);
    expect(outcome.reason).toMatch(
      /^Approved automatically: unsafe score 0\.010 \(Neutral 0\.990, Porn 0\.010.*\) is below 0\.15\.$/,
    );
  });

  it("approves just below the approval threshold and sends the threshold itself to review", () => {
    expect(applyPolicy(scores({ Porn: 0.1499 })).decision).toBe("APPROVED");
    expect(applyPolicy(scores({ Porn: 0.15 })).decision).toBe("NEEDS_REVIEW");
  });

  it("sends everything between the thresholds to review, naming both", () => {
    const outcome = applyPolicy(scores({ Porn: 0.5 }));
    expect(outcome.decision).toBe("NEEDS_REVIEW");
    expect(outcome.reason).toMatch(/between the approval threshold 0\.15 and the rejection threshold 0\.9/);
  });

  it("sends the rejection threshold itself to review and rejects just above it", () => {
    expect(applyPolicy(scores({ Porn: 0.9 })).decision).toBe("NEEDS_REVIEW");
    const outcome = applyPolicy(scores({ Porn: 0.9001 }));
    expect(outcome.decision).toBe("REJECTED");
    expect(outcome.reason).toMatch(
      /^Rejected automatically: unsafe score 0\.900 \(Porn 0\.900.*\) is above 0\.9\.$/,
    );
  });

  it("never rejects a merely suggestive photo automatically: a person decides", () => {
    expect(applyPolicy(scores({ Sexy: 1 })).decision).toBe("NEEDS_REVIEW");
    expect(applyPolicy(scores({ Sexy: 0.29 })).decision).toBe("APPROVED");
    expect(applyPolicy(scores({ Sexy: 0.3 })).decision).toBe("NEEDS_REVIEW");
  });

  it("does not count drawings as unsafe", () => {
    expect(applyPolicy(scores({ Drawing: 0.99 })).decision).toBe("APPROVED");
  });
});

describe("applyPolicy with a model's own thresholds", () => {
  it("follows a stricter model", () => {
    const strict = { policyApproveBelow: 0.02, policyRejectAbove: 0.3 };
    expect(applyPolicy(scores({ Porn: 0.05 }), strict).decision).toBe("NEEDS_REVIEW");
    expect(applyPolicy(scores({ Porn: 0.35 }), strict).decision).toBe("REJECTED");
    expect(applyPolicy(scores({ Porn: 0.35 }), DEFAULT_POLICY).decision).toBe("NEEDS_REVIEW");
  });

  it("approves nothing automatically with an approval threshold of 0", () => {
    expect(applyPolicy(scores({}), { policyApproveBelow: 0, policyRejectAbove: 0.9 }).decision).toBe(
      "NEEDS_REVIEW",
    );
  });

  it("rejects nothing automatically with a rejection threshold of 1", () => {
    expect(
      applyPolicy(scores({ Porn: 1 }), { policyApproveBelow: 0.15, policyRejectAbove: 1 }).decision,
    ).toBe("NEEDS_REVIEW");
  });

  it("sends everything to review when the thresholds are inconsistent", () => {
    const broken = { policyApproveBelow: 0.8, policyRejectAbove: 0.2 };
    for (const porn of [0, 0.5, 1]) {
      const outcome = applyPolicy(scores({ Porn: porn }), broken);
      expect(outcome.decision).toBe("NEEDS_REVIEW");
      expect(outcome.reason).toMatch(/thresholds are invalid/);
    }
  });
});

describe("applyPolicy with unusable scores", () => {
  it("sends missing, non-numeric, NaN or out-of-range scores to review", () => {
    const safe = scores({});
    const cases: Record<string, unknown>[] = [
      {},
      { ...safe, Porn: undefined },
      { ...safe, Porn: "0.1" },
      { ...safe, Hentai: Number.NaN },
      { ...safe, Sexy: 1.5 },
      { ...safe, Porn: -0.1 },
    ];
    for (const value of cases) {
      const outcome = applyPolicy(value);
      expect(outcome).toEqual({
        decision: "NEEDS_REVIEW",
        unsafeScore: null,
        reason: expect.stringMatching(/incomplete or invalid scores/),
      });
    }
  });
});

describe("moderationPolicySchema (what admins may save)", () => {
  it("accepts thresholds in order and a provider or null", () => {
    expect(
      moderationPolicySchema.parse({
        policyApproveBelow: 0.1,
        policyRejectAbove: 0.9,
        moderationProvider: "http",
      }),
    ).toMatchObject({ moderationProvider: "http" });
    expect(
      moderationPolicySchema.safeParse({
        policyApproveBelow: 0.5,
        policyRejectAbove: 0.5,
        moderationProvider: null,
      }).success,
    ).toBe(true);
  });

  it("refuses thresholds out of order or outside 0..1, and unknown providers", () => {
    const refused = moderationPolicySchema.safeParse({ policyApproveBelow: 0.6, policyRejectAbove: 0.4 });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      "The approval threshold must not be above the rejection threshold.",
    );
    expect(
      moderationPolicySchema.safeParse({ policyApproveBelow: -0.1, policyRejectAbove: 0.4 }).success,
    ).toBe(false);
    expect(
      moderationPolicySchema.safeParse({ policyApproveBelow: 0.1, policyRejectAbove: 1.2 }).success,
    ).toBe(false);
    expect(
      moderationPolicySchema.safeParse({
        policyApproveBelow: 0.1,
        policyRejectAbove: 0.9,
        moderationProvider: "cloud",
      }).success,
    ).toBe(false);
  });
});
