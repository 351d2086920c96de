// The pure rules of moderation decisions: who may move a photo where, how long to wait between
// provider attempts, how MODERATION_TIMEOUT reads, and how stored scores are read back.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.MODERATION_RETRY_BASE_MS = "30000";
});

import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { parseCheckScores, serializeCheckScores } from "@/lib/moderation/check-scores";
import { moderationCheckId } from "@/lib/moderation/check-id";
import { canModerate, decisionRefusal } from "@/lib/moderation/decision-refusal";
import {
  moderationRetryDelayMs,
  moderationTimeoutMs,
  moderationWaitSlices,
} from "@/lib/moderation/moderation-settings";
import { HUMAN_DECISIONS } from "@/lib/moderation/schemas";

const STATUSES: ModerationStatus[] = ["PENDING", "APPROVED", "REJECTED", "NEEDS_REVIEW"];

describe("decisionRefusal", () => {
  it("lets owners and admins make every decision from every state", () => {
    for (const role of ["OWNER", "ADMIN"] as const) {
      expect(canModerate({ role })).toBe(true);
      for (const from of STATUSES)
        for (const to of HUMAN_DECISIONS) expect(decisionRefusal({ role }, from, to)).toBeNull();
    }
  });

  it("lets editors only send a rejected photo back for review", () => {
    expect(canModerate({ role: "EDITOR" })).toBe(false);
    for (const from of STATUSES) {
      for (const to of HUMAN_DECISIONS) {
        const refusal = decisionRefusal({ role: "EDITOR" }, from, to);
        if (from === "REJECTED" && to === "NEEDS_REVIEW") expect(refusal).toBeNull();
        else expect(refusal).toMatch(/owners and admins|only a rejected photo/);
      }
    }
  });

  it("refuses viewers everything", () => {
    for (const from of STATUSES)
      for (const to of HUMAN_DECISIONS)
        expect(decisionRefusal({ role: "VIEWER" }, from, to)).toBe("Viewers have read-only access.");
  });
});

describe("retry timing", () => {
  it("doubles the pause after each failed attempt, honours a longer Retry-After, and caps at an hour", () => {
    expect([1, 2, 3, 4].map((attempt) => moderationRetryDelayMs(attempt))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(moderationRetryDelayMs(1, 90_000)).toBe(90_000);
    expect(moderationRetryDelayMs(2, 1_000)).toBe(60_000);
    expect(moderationRetryDelayMs(12)).toBe(3_600_000);
  });

  it("reads MODERATION_TIMEOUT as one number and one unit", () => {
    expect(moderationTimeoutMs("1h")).toBe(3_600_000);
    expect(moderationTimeoutMs("90m")).toBe(5_400_000);
    expect(moderationTimeoutMs("3s")).toBe(3_000);
    expect(moderationTimeoutMs("250ms")).toBe(250);
    expect(() => moderationTimeoutMs("1h30m")).toThrow(/Unreadable/);
  });

  it("cuts a callback wait into 10 seconds, then slices of at most 5 minutes, adding up to the timeout", () => {
    expect(moderationWaitSlices(3_600_000)).toEqual([10_000, ...Array(11).fill(300_000), 290_000]);
    expect(moderationWaitSlices(720_000)).toEqual([10_000, 300_000, 300_000, 110_000]);
    expect(moderationWaitSlices(20_000)).toEqual([10_000, 10_000]);
    expect(moderationWaitSlices(3_000)).toEqual([3_000]);
  });
});

describe("check ids and stored scores", () => {
  it("gives each attempt of a run its own stable id", () => {
    expect(moderationCheckId("run-1", 1)).toBe(moderationCheckId("run-1", 1));
    expect(moderationCheckId("run-1", 1)).not.toBe(moderationCheckId("run-1", 2));
    expect(moderationCheckId("run-1", 1)).not.toBe(moderationCheckId("run-2", 1));
    expect(moderationCheckId("run-1", 1)).toMatch(/^mc[0-9a-f]{23}$/);
  });

  it("reads back what it stored, and nothing from broken text", () => {
    const scores = { Drawing: 0.1, Hentai: 0, Neutral: 0.85, Porn: 0.02, Sexy: 0.03 };
    expect(parseCheckScores(serializeCheckScores({ model: "m/1", scores }))).toEqual({
      model: "m/1",
      scores,
    });
    expect(parseCheckScores(null)).toBeNull();
    expect(parseCheckScores("{")).toBeNull();
    expect(parseCheckScores(JSON.stringify({ model: "m", scores: { Porn: 2 } }))).toBeNull();
  });
});
