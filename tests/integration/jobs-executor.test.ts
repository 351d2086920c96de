// The embedded executor driving real demo functions through the SDK's real serve handler, on a real
// MariaDB database (one per test file). No part of Inngest or the database is mocked.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"])
    delete process.env[name];
});

import { db } from "@/lib/db";
import {
  demoFunctions,
  jobsDemo,
  jobsDemoSignal,
  readDemoRecords,
} from "@/tests/helpers/jobs-demo-functions";
import { inngest } from "@/lib/jobs/client";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { checkJobs } from "@/lib/jobs/health";
import { demoFunctionId, eventually, findRun, runReaching } from "./jobs-helpers";

const BACKOFF_BASE_MS = 40;
let executor: Executor;

const records = (key: string, label?: string) =>
  readDemoRecords().filter((r) => r.key === key && (!label || r.label === label));

beforeAll(async () => {
  process.env.JOBS_DEMO_LOG = path.join(mkdtempSync(path.join(tmpdir(), "p4g-jobs-")), "records.jsonl");
  executor = await startTestExecutor(
    { pollIntervalMs: 100, backoffBaseMs: BACKOFF_BASE_MS, leaseMs: 10_000 },
    demoFunctions,
  );
});

afterAll(async () => {
  await executor?.stop();
  rmSync(path.dirname(process.env.JOBS_DEMO_LOG!), { recursive: true, force: true });
});

describe("runs through the serve handler", () => {
  test("a multi-step function completes and runs each step once", async () => {
    await inngest.send(jobsDemo.create({ scenario: "multi-step", key: "multi" }));
    const run = await runReaching("multi-step", "multi", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("COMPLETED");
    expect(JSON.parse(run.output ?? "null")).toEqual(["one done", "two done", "three done"]);
    expect(records("multi").map((r) => r.label)).toEqual(["one", "two", "three"]);
    expect(run.stepLogs.map((log) => [log.name, log.op])).toEqual([
      ["one", "StepRun"],
      ["two", "StepRun"],
      ["three", "StepRun"],
    ]);
  });

  test("a step failing twice is retried with growing delays, then completes", async () => {
    await inngest.send(jobsDemo.create({ scenario: "flaky", key: "flaky" }));
    const run = await runReaching("flaky", "flaky", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("COMPLETED");
    expect(JSON.parse(run.output ?? "null")).toBe("finally");
    expect(records("flaky", "flaky").map((r) => r.attempt)).toEqual([0, 1, 2]);
    const failures = run.stepLogs.filter((log) => log.op === "StepError");
    expect(failures.map((log) => log.error)).toEqual(["Error: flaky failure 1", "Error: flaky failure 2"]);
    // The scheduled backoff (not elapsed time): base, then twice the base.
    const delays = failures.map((log) => (log.retryAt?.getTime() ?? 0) - log.finishedAt.getTime());
    expect(delays).toEqual([BACKOFF_BASE_MS, BACKOFF_BASE_MS * 2]);
    expect(run.attempt).toBe(2);
  });

  test("a NonRetriableError fails the run at once and runs its onFailure handler", async () => {
    await inngest.send(jobsDemo.create({ scenario: "non-retriable", key: "nre" }));
    const run = await runReaching("non-retriable", "nre", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("FAILED");
    expect(run.error).toContain("this input can never work");
    expect(records("nre", "refuse")).toHaveLength(1);
    const failureRun = await eventually(
      () =>
        db.jobRun.findFirst({
          where: { functionId: `${demoFunctionId("non-retriable")}-failure`, status: "COMPLETED" },
        }),
      "the onFailure handler to complete",
    );
    expect(JSON.parse(failureRun.event).data.run_id).toBe(run.id);
    expect(records("nre", "onFailure").map((r) => r.value)).toEqual(["this input can never work"]);
  });

  test("step.sleep resumes after its time", async () => {
    await inngest.send(jobsDemo.create({ scenario: "sleep", key: "sleep", delayMs: 1000 }));
    const run = await runReaching("sleep", "sleep", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("COMPLETED");
    expect(records("sleep").map((r) => r.label)).toEqual(["before", "after"]);
    expect(run.stepLogs.map((log) => log.op)).toEqual(["StepRun", "Sleep", "StepRun"]);
  });

  test("step.waitForEvent ignores a non-matching event and resumes on a matching one", async () => {
    await inngest.send(jobsDemo.create({ scenario: "wait", key: "wait-match" }));
    const waiting = await runReaching("wait", "wait-match", ["WAITING"]);
    expect(waiting.waitEvent).toBe("jobs/demo.signal");

    await inngest.send(jobsDemoSignal.create({ key: "someone-else", value: "wrong" }));
    await executor.idle();
    expect((await findRun("wait", "wait-match"))?.status).toBe("WAITING");
    expect(records("wait-match", "resumed")).toHaveLength(0);

    await inngest.send(jobsDemoSignal.create({ key: "wait-match", value: "right" }));
    const run = await runReaching("wait", "wait-match", ["COMPLETED", "FAILED"]);
    expect(JSON.parse(run.output ?? "null")).toBe("right");
    expect(records("wait-match", "resumed").map((r) => r.value)).toEqual(["right"]);
  });

  test("step.waitForEvent resumes with null when it times out", async () => {
    await inngest.send(jobsDemo.create({ scenario: "wait", key: "wait-timeout", delayMs: 1000 }));
    const run = await runReaching("wait", "wait-timeout", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("COMPLETED");
    expect(JSON.parse(run.output ?? "undefined")).toBeNull();
    expect(records("wait-timeout", "resumed").map((r) => r.value)).toEqual([null]);
  });

  test("parallel steps each run once", async () => {
    await inngest.send(jobsDemo.create({ scenario: "parallel", key: "par" }));
    const run = await runReaching("parallel", "par", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("COMPLETED");
    const labels = records("par").map((r) => r.label);
    expect([...labels].sort()).toEqual(["joined", "left", "middle", "right"]);
    expect(labels.at(-1)).toBe("joined");
    expect(records("par", "joined")[0]?.value).toEqual(["left", "middle", "right"]);
  });

  test("the same event id sent twice starts one run", async () => {
    const first = await inngest.send(
      jobsDemo.create({ scenario: "multi-step", key: "dedup" }, { id: "upload-42" }),
    );
    const second = await inngest.send(
      jobsDemo.create({ scenario: "multi-step", key: "dedup" }, { id: "upload-42" }),
    );
    expect(first.ids).toEqual(["upload-42"]);
    expect(second.ids).toEqual(["upload-42"]);
    await runReaching("multi-step", "dedup", ["COMPLETED"]);
    expect(await db.jobRun.count({ where: { eventId: "upload-42" } })).toBe(1);
    expect(records("dedup", "one")).toHaveLength(1);
  });

  test("step.invoke returns the invoked function's result and step.sendEvent emits events", async () => {
    await inngest.send(jobsDemo.create({ scenario: "invoke", key: "inv" }));
    const run = await runReaching("invoke", "inv", ["COMPLETED", "FAILED"]);
    expect(run.status).toBe("COMPLETED");
    expect(JSON.parse(run.output ?? "null")).toBe(42);
    expect(records("inv", "child")).toHaveLength(1);
    const announced = await db.jobEvent.findMany({
      where: { name: "jobs/demo.signal", payload: { contains: '"key":"inv"' } },
    });
    expect(announced.map((event) => JSON.parse(event.payload).data.value)).toEqual(["42"]);
  });

  test("a function's concurrency limit keeps its runs from overlapping", async () => {
    await inngest.send(
      ["a", "b", "c"].map((key) => jobsDemo.create({ scenario: "limited", key, delayMs: 150 })),
    );
    await eventually(
      async () =>
        (await db.jobRun.count({ where: { functionId: demoFunctionId("limited"), status: "COMPLETED" } })) ===
        3,
      "3 limited runs",
    );
    const sequence = readDemoRecords()
      .filter((r) => r.key === "limited")
      .map((r) => r.label);
    expect(sequence).toEqual(["enter", "exit", "enter", "exit", "enter", "exit"]);
  });
});

describe("the health check", () => {
  test("reports the running executor and its queue", async () => {
    const health = await checkJobs();
    expect(health).toMatchObject({ ok: true, mode: "embedded", detail: { running: true } });
    expect(health.detail).toHaveProperty("queueDepth");
    expect(health.detail).toHaveProperty("oldestWaitingSeconds");
  });
});
