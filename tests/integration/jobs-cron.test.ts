// Cron triggers in the embedded executor, with a test-only schedule that fires every second.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test, vi } from "vitest";

vi.hoisted(() => {
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"])
    delete process.env[name];
});

import { db } from "@/lib/db";
import { demoCronFunctions, readDemoRecords } from "@/tests/helpers/jobs-demo-functions";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { demoFunctionId, eventually } from "./jobs-helpers";

process.env.JOBS_DEMO_LOG = path.join(mkdtempSync(path.join(tmpdir(), "p4g-jobs-cron-")), "records.jsonl");

const executors: Executor[] = [];
afterAll(async () => {
  await Promise.all(executors.map((executor) => executor.stop()));
  rmSync(path.dirname(process.env.JOBS_DEMO_LOG!), { recursive: true, force: true });
});

test("a cron function runs on its schedule, each tick once even with two executors", async () => {
  executors.push(
    ...(await Promise.all([
      startTestExecutor({ pollIntervalMs: 100 }, demoCronFunctions),
      startTestExecutor({ pollIntervalMs: 100 }, demoCronFunctions),
    ])),
  );
  const schedule = await db.jobCron.findUnique({ where: { functionId: demoFunctionId("cron") } });
  expect(schedule?.expression).toBe("* * * * * *");

  await eventually(
    async () =>
      (await db.jobRun.count({ where: { functionId: demoFunctionId("cron"), status: "COMPLETED" } })) >= 3,
    "three completed cron runs",
  );
  await Promise.all(executors.splice(0).map((executor) => executor.stop()));

  const runs = await db.jobRun.findMany({
    where: { functionId: demoFunctionId("cron") },
    select: { eventId: true, eventName: true, stack: true },
  });
  expect(new Set(runs.map((run) => run.eventName))).toEqual(new Set(["inngest/scheduled.timer"]));
  expect(new Set(runs.map((run) => run.eventId)).size).toBe(runs.length);
  // Stopping releases a run between its step and its end, so count the runs whose step is stored.
  const ticked = runs.filter((run) => (JSON.parse(run.stack) as string[]).length > 0).length;
  expect(readDemoRecords().filter((r) => r.label === "tick")).toHaveLength(ticked);
});
