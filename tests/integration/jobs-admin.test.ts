// What owners and admins do on the Jobs page: list runs, read a run's timeline, retry a failed run,
// cancel a waiting one; and what everyone else is refused.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"])
    delete process.env[name];
});

import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  demoFunctions,
  jobsDemo,
  jobsDemoSignal,
  markDemoFixed,
  readDemoRecords,
} from "@/tests/helpers/jobs-demo-functions";
import { inngest } from "@/lib/jobs/client";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { cancelRun } from "@/lib/jobs/runs/cancel-run";
import { getRun } from "@/lib/jobs/runs/get-run";
import { listRuns } from "@/lib/jobs/runs/list-runs";
import { retryRun } from "@/lib/jobs/runs/retry-run";
import { runReaching } from "./jobs-helpers";

process.env.JOBS_DEMO_LOG = path.join(mkdtempSync(path.join(tmpdir(), "p4g-jobs-")), "records.jsonl");

let executor: Executor;
let owner: StaffUser;
let editor: StaffUser;
let viewer: StaffUser;

async function staff(role: Role): Promise<StaffUser> {
  return db.user.create({
    data: { email: `${role.toLowerCase()}@jobs.test`, name: role, role, passwordHash: "not-used" },
    select: { id: true, email: true, name: true, role: true },
  });
}

const labels = (key: string) =>
  readDemoRecords()
    .filter((r) => r.key === key)
    .map((r) => r.label);

async function expectRefused(work: Promise<unknown>, code: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

beforeAll(async () => {
  [owner, editor, viewer] = await Promise.all([staff("OWNER"), staff("EDITOR"), staff("VIEWER")]);
  executor = await startTestExecutor(
    { pollIntervalMs: 100, backoffBaseMs: 40, leaseMs: 5000 },
    demoFunctions,
  );
});

afterAll(async () => {
  await executor?.stop();
  rmSync(path.dirname(process.env.JOBS_DEMO_LOG!), { recursive: true, force: true });
});

describe("retrying a failed run", () => {
  test("runs it again from the failed step, keeping the steps that had finished", async () => {
    await inngest.send(jobsDemo.create({ scenario: "fragile", key: "fragile" }));
    const failed = await runReaching("fragile", "fragile", ["FAILED", "COMPLETED"]);
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toContain("the dependency is down");

    const listed = await listRuns(owner, { status: "FAILED" });
    expect(listed.find((run) => run.id === failed.id)).toMatchObject({
      functionName: "jobs-demo-fragile",
      status: "FAILED",
      lastError: "Error: the dependency is down",
    });

    markDemoFixed("fragile");
    await retryRun(owner, failed.id);
    const done = await runReaching("fragile", "fragile", ["COMPLETED"]);
    expect(JSON.parse(done.output ?? "null")).toBe("recovered");
    expect(labels("fragile")).toEqual(["prepare", "fragile", "fixed", "fragile"]);

    const audit = await db.auditEntry.findFirst({ where: { action: "job.retry", entityId: failed.id } });
    expect(audit?.actorId).toBe(owner.id);
  });

  test("is refused for a run that did not fail", async () => {
    await inngest.send(jobsDemo.create({ scenario: "multi-step", key: "fine" }));
    const run = await runReaching("multi-step", "fine", ["COMPLETED"]);
    await expectRefused(retryRun(owner, run.id), "conflict");
    await expectRefused(retryRun(owner, "no-such-run"), "not_found");
  });
});

describe("cancelling a run", () => {
  test("stops a waiting run: the event it waited for no longer resumes it", async () => {
    await inngest.send(jobsDemo.create({ scenario: "wait", key: "cancel-me" }));
    const waiting = await runReaching("wait", "cancel-me", ["WAITING"]);

    const detail = await getRun(owner, waiting.id);
    expect(detail.blockedOn).toEqual([
      expect.objectContaining({
        kind: "wait",
        name: "signal",
        detail: "jobs/demo.signal if async.data.key == event.data.key",
      }),
    ]);

    await cancelRun(owner, waiting.id);
    const cancelled = await db.jobRun.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.error).toBe(`Cancelled by ${owner.email}`);

    await inngest.send(jobsDemoSignal.create({ key: "cancel-me", value: "too late" }));
    await executor.idle();
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("CANCELLED");
    expect(labels("cancel-me")).toEqual([]);
  });

  test("is refused for a run that is not sleeping or waiting", async () => {
    await inngest.send(jobsDemo.create({ scenario: "multi-step", key: "done-already" }));
    const run = await runReaching("multi-step", "done-already", ["COMPLETED"]);
    await expectRefused(cancelRun(owner, run.id), "conflict");
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("COMPLETED");
  });
});

describe("a run's timeline", () => {
  test("lists each step with its attempts and errors", async () => {
    await inngest.send(jobsDemo.create({ scenario: "flaky", key: "timeline" }));
    const run = await runReaching("flaky", "timeline", ["COMPLETED"]);
    const detail = await getRun(owner, run.id);
    expect(detail.timeline.map((step) => [step.name, step.op, step.attempt])).toEqual([
      ["flaky", "StepError", 0],
      ["flaky", "StepError", 1],
      ["flaky", "StepRun", 2],
    ]);
    expect(detail.attempts).toBe(3);
    // The duration the page shows is the whole run, from its first attempt through the pauses between
    // retries to the step that succeeded, not only the last attempt.
    const first = detail.timeline[0]!;
    const last = detail.timeline.at(-1)!;
    expect(detail.durationMs).toBe(detail.finishedAt!.getTime() - detail.startedAt!.getTime());
    expect(detail.startedAt!.getTime()).toBeLessThanOrEqual(first.startedAt.getTime());
    expect(detail.finishedAt!.getTime()).toBeGreaterThanOrEqual(last.finishedAt.getTime());
  });
});

describe("staff who are not owners or admins", () => {
  test("cannot list, read, retry or cancel runs", async () => {
    const [anyRun] = await listRuns(owner);
    expect(anyRun).toBeDefined();
    for (const user of [editor, viewer]) {
      await expectRefused(listRuns(user), "forbidden");
      await expectRefused(getRun(user, anyRun!.id), "forbidden");
      await expectRefused(retryRun(user, anyRun!.id), "forbidden");
      await expectRefused(cancelRun(user, anyRun!.id), "forbidden");
    }
  });
});
