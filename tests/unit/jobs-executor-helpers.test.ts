import { describe, expect, test } from "vitest";
import { evaluateExpression } from "@/lib/embedded-executor/evaluate-expression";
import { newId, seededId } from "@/lib/embedded-executor/new-id";
import { resolveTimeString } from "@/lib/embedded-executor/parse-duration";
import { retryDelay } from "@/lib/embedded-executor/retry-delay";
import { restingState, type RunState } from "@/lib/embedded-executor/run-state";
import { jobsMode } from "@/lib/jobs/mode";
import { dashboardUrl } from "@/app/(admin)/admin/jobs/external-dashboard";

const from = new Date("2026-01-01T00:00:00.000Z");
const after = (value: string | number) => resolveTimeString(value, from).getTime() - from.getTime();

describe("resolveTimeString (the SDK's sleep and timeout strings)", () => {
  test("reads the SDK's compound durations, which the ms package cannot", () => {
    expect(after("1h30m")).toBe(90 * 60_000);
    expect(after("2d3h4m5s")).toBe(((2 * 24 + 3) * 60 * 60 + 4 * 60 + 5) * 1000);
    expect(after("1w")).toBe(7 * 24 * 60 * 60_000);
    expect(after("5s")).toBe(5000);
    expect(after(1500)).toBe(1500);
  });

  test("treats an empty duration as now and reads sleepUntil's ISO dates", () => {
    expect(after("")).toBe(0);
    expect(resolveTimeString("2026-02-03T04:05:06.000Z", from).toISOString()).toBe(
      "2026-02-03T04:05:06.000Z",
    );
  });

  test("refuses what it cannot read instead of sleeping zero", () => {
    expect(() => resolveTimeString("soon", from)).toThrow(/Unreadable duration/);
    expect(() => resolveTimeString("5 s", from)).toThrow(/Unreadable duration/);
  });
});

describe("retryDelay", () => {
  test("doubles with each attempt from the base, up to an hour", () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelay(attempt, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(40, 1000)).toBe(60 * 60 * 1000);
  });

  test("honours retry-after in seconds or as a date", () => {
    const now = new Date("2026-01-01T00:00:00.000Z");
    expect(retryDelay(0, 1000, "30", now)).toBe(30_000);
    expect(retryDelay(3, 1000, "Thu, 01 Jan 2026 00:02:00 GMT", now)).toBe(120_000);
    expect(retryDelay(1, 1000, "not a time", now)).toBe(2000);
  });
});

describe("evaluateExpression (CEL, as Inngest's if)", () => {
  const trigger = { data: { key: "a", n: 1 } };
  test("compares the waited-for event with the run's trigger", () => {
    expect(
      evaluateExpression("async.data.key == event.data.key", {
        event: trigger,
        async: { data: { key: "a" } },
      }),
    ).toBe(true);
    expect(
      evaluateExpression("async.data.key == event.data.key", {
        event: trigger,
        async: { data: { key: "b" } },
      }),
    ).toBe(false);
    expect(evaluateExpression("event.data.n == 1", { event: trigger })).toBe(true);
  });

  test("counts a missing key or a broken expression as no match, and no expression as a match", () => {
    expect(evaluateExpression("async.data.missing == 'x'", { event: trigger, async: { data: {} } })).toBe(
      false,
    );
    expect(evaluateExpression("event.data.key ==", { event: trigger })).toBe(false);
    expect(evaluateExpression(undefined, { event: trigger })).toBe(true);
  });
});

describe("ids", () => {
  test("are ULIDs, and seeded ones repeat for the same seed", () => {
    expect(newId()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(seededId(1000, "seed:0")).toBe(seededId(1000, "seed:0"));
    expect(seededId(1000, "seed:0")).not.toBe(seededId(1000, "seed:1"));
  });
});

describe("restingState", () => {
  const base = (pending: RunState["pending"]): RunState => ({
    id: "r",
    functionId: "f",
    event: { name: "e", data: {}, id: "e1", ts: 0 },
    steps: {},
    stack: [],
    pending,
    maxAttempt: 0,
    lastError: null,
    logs: [],
  });

  test("a run waiting for events sleeps until its earliest timeout and wakes on those names", () => {
    const state = base({
      discover: false,
      ops: [
        { kind: "wait", id: "w1", name: "w1", event: "a/one", since: 0, until: 5000 },
        { kind: "wait", id: "w2", name: "w2", event: "a/two", if: "x", since: 0, until: 3000 },
        { kind: "sleep", id: "s", name: "s", since: 0, until: 9000 },
      ],
    });
    const resting = restingState(state, 100);
    expect(resting).toMatchObject({ status: "WAITING", waitEvent: "a/one,a/two", waitStepId: "w1" });
    expect(resting.wakeAt?.getTime()).toBe(3000);
  });

  test("a run in backoff is queued for its retry; a sleeping one sleeps; one with new work is due now", () => {
    const backoff = restingState(
      base({ discover: false, ops: [{ kind: "step", id: "s", name: "s", attempt: 1, dueAt: 700 }] }),
      100,
    );
    expect(backoff).toMatchObject({ status: "QUEUED", waitEvent: null });
    expect(backoff.wakeAt?.getTime()).toBe(700);
    expect(
      restingState(
        base({ discover: false, ops: [{ kind: "sleep", id: "s", name: "s", since: 0, until: 800 }] }),
        100,
      ).status,
    ).toBe("SLEEPING");
    expect(restingState(base({ discover: true, ops: [] }), 100).wakeAt?.getTime()).toBe(100);
  });
});

describe("jobsMode", () => {
  test("is chosen from the environment alone", () => {
    expect(jobsMode({})).toBe("embedded");
    expect(jobsMode({ INNGEST_EVENT_KEY: "k" })).toBe("embedded");
    expect(jobsMode({ INNGEST_EVENT_KEY: "k", INNGEST_SIGNING_KEY: "signkey-prod-1" })).toBe("cloud");
    expect(jobsMode({ INNGEST_DEV: "1" })).toBe("self-hosted");
    expect(jobsMode({ INNGEST_DEV: "http://localhost:8288" })).toBe("self-hosted");
    expect(jobsMode({ INNGEST_DEV: "0" })).toBe("embedded");
    expect(
      jobsMode({ INNGEST_BASE_URL: "http://inngest:8288", INNGEST_EVENT_KEY: "k", INNGEST_SIGNING_KEY: "s" }),
    ).toBe("self-hosted");
  });

  test("links to the matching dashboard", () => {
    expect(dashboardUrl("cloud", {})).toBe("https://app.inngest.com");
    expect(dashboardUrl("self-hosted", { INNGEST_BASE_URL: "http://inngest:8288" })).toBe(
      "http://inngest:8288",
    );
    expect(dashboardUrl("self-hosted", { INNGEST_DEV: "1" })).toBe("http://localhost:8288");
  });
});
