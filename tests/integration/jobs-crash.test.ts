// Kill the real app (next start) with SIGKILL while it runs slow multi-step jobs, start it again, and
// check that every run completes and no step whose result had been stored runs a second time.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Inngest } from "inngest";
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { readDemoRecords } from "@/inngest/jobs-demo";
import { demoFunctionId, eventually } from "./jobs-helpers";
import { buildIfStale } from "../../scripts/lib/build-if-stale.mjs";

const root = path.resolve(import.meta.dirname, "../..");
// The same build folder as the e2e server, so `npm test` builds once.
const distDir = process.env.TEST_DIST_DIR || ".next-test";
const logFile = path.join(mkdtempSync(path.join(tmpdir(), "p4g-jobs-crash-")), "records.jsonl");
const EVENT_KEY = "crash-test-key";
const STEP_LABELS = ["one", "two", "three"];
const hashOf = (label: string) => createHash("sha1").update(label).digest("hex");

let port = 0;
let server: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    PORT: String(port),
    DATABASE_URL: process.env.DATABASE_URL,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    STORAGE_DIR: mkdtempSync(path.join(tmpdir(), "p4g-jobs-crash-storage-")),
    JOBS_DEMO_FUNCTIONS: "1",
    JOBS_DEMO_LOG: logFile,
    INNGEST_EVENT_KEY: EVENT_KEY,
    // Short leases and polls so the restarted app takes the killed one's runs over quickly.
    JOBS_LEASE_MS: "3000",
    JOBS_POLL_INTERVAL_MS: "200",
    JOBS_MAX_RUNS: "4",
    LOG_LEVEL: "warn",
  };
  for (const name of ["INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV", "JOBS_EXECUTOR"])
    delete env[name];
  return env;
}

/** Starts `next start` in its own process group, so SIGKILL reaches every process it spawned. */
async function startApp(): Promise<ChildProcess> {
  const child = spawn(
    path.join(root, "node_modules/.bin/next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: serverEnv(),
      detached: true,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  await eventually(
    async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      const body = (await response?.json().catch(() => null)) as {
        checks?: { jobs?: { running?: boolean; detail?: { running?: boolean } } };
      } | null;
      const jobs = body?.checks?.jobs;
      return Boolean(jobs?.running ?? jobs?.detail?.running);
    },
    "the app to answer with its executor running",
    90_000,
  );
  return child;
}

function killHard(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    return Promise.resolve();
  }
  return exited;
}

const recordsOf = (key: string) => readDemoRecords(logFile).filter((r) => r.key === key);

beforeAll(async () => {
  buildIfStale({ distDir, root, stdio: "pipe" });
  port = await freePort();
}, 900_000);

afterAll(async () => {
  await killHard(server);
});

test("runs killed mid-way with SIGKILL resume after a restart without redoing stored steps", async () => {
  server = await startApp();

  // Another process's Inngest SDK, pointed at the app's executor the documented way (dev mode + base URL).
  const sender = new Inngest({
    id: "crash-test-sender",
    isDev: true,
    baseUrl: `http://127.0.0.1:${port}/api/jobs/executor/`,
    eventKey: EVENT_KEY,
  });
  const keys = ["crash-a", "crash-b", "crash-c", "crash-d"];
  const sent = await sender.send(
    keys.map((key) => ({
      name: "jobs/demo.requested",
      data: { scenario: "multi-step", key, delayMs: 1500 },
    })),
  );
  expect(sent.ids).toHaveLength(keys.length);

  // Kill once some steps are stored and no run has finished.
  await eventually(async () => {
    const runs = await db.jobRun.findMany({
      where: { functionId: demoFunctionId("multi-step") },
      select: { stack: true },
    });
    return runs.some((run) => (JSON.parse(run.stack) as string[]).length > 0);
  }, "a first stored step");
  await killHard(server);

  const atKill = await db.jobRun.findMany({
    where: { functionId: demoFunctionId("multi-step") },
    select: { id: true, event: true, status: true, steps: true },
  });
  expect(atKill).toHaveLength(keys.length);
  expect(atKill.some((run) => run.status !== "COMPLETED")).toBe(true);
  const storedBeforeKill = atKill.flatMap((run) => {
    const key = (JSON.parse(run.event) as { data: { key: string } }).data.key;
    const steps = JSON.parse(run.steps) as Record<string, unknown>;
    return STEP_LABELS.filter((label) => hashOf(label) in steps).map((label) => ({ key, label }));
  });
  expect(storedBeforeKill.length).toBeGreaterThan(0);

  server = await startApp();
  for (const key of keys) {
    await eventually(
      async () => {
        const run = await db.jobRun.findFirst({
          where: { functionId: demoFunctionId("multi-step"), event: { contains: `"key":"${key}"` } },
        });
        return run?.status === "COMPLETED" ? run : null;
      },
      `run ${key} to complete after the restart`,
      120_000,
    );
  }

  for (const { key, label } of storedBeforeKill) {
    expect(
      recordsOf(key).filter((r) => r.label === label),
      `${key}/${label} ran again`,
    ).toHaveLength(1);
  }
  for (const key of keys) {
    const run = await db.jobRun.findFirstOrThrow({
      where: { functionId: demoFunctionId("multi-step"), event: { contains: `"key":"${key}"` } },
    });
    expect(JSON.parse(run.output ?? "null")).toEqual(["one done", "two done", "three done"]);
    // Every step ran; one cut short by the kill may have run twice (steps are at-least-once).
    const labels = recordsOf(key).map((r) => r.label);
    expect([...new Set(labels)]).toEqual(STEP_LABELS);
  }
}, 600_000);
