// The worker process (scripts/worker.ts, as `npm start` runs it) killed with SIGKILL while it processes
// freshly uploaded photos: started again, it finishes every photo, and none is lost. The uploads go
// through the real route in this process, which runs no executor, exactly like the web process: their
// events reach the worker through MySQL alone. SIGTERM, in turn, stops the worker cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  // Moderation is not what this test is about: manual review keeps the classifier's CPU out of it.
  isolateEnv("jobs-crash", {
    unset: ["JOBS_EXECUTOR"],
    set: { MODERATION_PROVIDER: "manual" },
  });
});

import { rm } from "node:fs/promises";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { checkJobs } from "@/lib/jobs/health";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import { fixture, upload } from "./media-upload-helpers";

const root = path.resolve(import.meta.dirname, "../..");
const PROCESS_MEDIA = "phoenix4ge-process-media";
const PHOTOS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `orientation-landscape-${n}.jpg`);

let cookie: string;
let worker: ChildProcess | undefined;

/** Starts the worker entry point as `npm start` does, in its own process group. */
function startWorker(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/worker.ts")], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      // Short leases and polls, so the restarted worker takes the killed one's runs over quickly.
      JOBS_LEASE_MS: "3000",
      JOBS_POLL_INTERVAL_MS: "200",
    },
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

async function killHard(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  process.kill(-child.pid, "SIGKILL");
  await done;
}

const uploadAll = (names: string[]) =>
  Promise.all(
    names.map(async (name) => {
      const { status, body } = await upload("crash", { name, bytes: await fixture(name) }, cookie);
      expect(body.error).toBeUndefined();
      expect(status).toBe(201);
      return body.item!.id;
    }),
  );

const statuses = async (ids: string[]) =>
  (await db.mediaItem.findMany({ where: { id: { in: ids } }, select: { status: true } })).map(
    (m) => m.status,
  );

const allReady = (ids: string[], what: string) =>
  eventually(async () => (await statuses(ids)).every((status) => status === "READY"), what, 300_000);

beforeAll(async () => {
  const owner: StaffUser = await makeUser("OWNER");
  const editor = await makeUser("EDITOR", "crash-editor");
  await createModel(owner, { slug: "crash", displayName: "Crash" });
  await setModelMembers(owner, "crash", { userIds: [editor.id] });
  cookie = await sessionCookieFor(editor.email);
});

afterAll(async () => {
  await killHard(worker);
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

test("photos uploaded while the worker is down wait in MySQL, and SIGKILL mid-processing loses none", async () => {
  const ids = await uploadAll(PHOTOS);
  // Nothing runs them here: the events wait, undispatched, for a worker.
  expect((await checkJobs()).detail).toMatchObject({ executors: 0, undispatchedEvents: PHOTOS.length });

  worker = startWorker();
  await eventually(async () => {
    const runs = await db.jobRun.findMany({ where: { functionId: PROCESS_MEDIA }, select: { stack: true } });
    return runs.some((run) => (JSON.parse(run.stack) as string[]).length > 0);
  }, "a first stored processing step");
  expect((await checkJobs()).detail).toMatchObject({ executors: 1, claimedInLastMinute: true });
  await killHard(worker);
  expect((await statuses(ids)).some((status) => status !== "READY")).toBe(true);

  worker = startWorker();
  await allReady(ids, "every photo to be READY after the restart");
  // Each run also ends (it announces the photo to moderation after marking it READY).
  await eventually(
    async () =>
      (await db.jobRun.count({ where: { functionId: PROCESS_MEDIA, status: "COMPLETED" } })) ===
      PHOTOS.length,
    "every processing run to complete",
  );
  expect(await db.jobRun.count({ where: { functionId: PROCESS_MEDIA } })).toBe(PHOTOS.length);
}, 600_000);

test("SIGTERM stops claiming, releases the runs in flight and exits 0; the next worker finishes them", async () => {
  const more = ["door-knocker.jpg", "phone-gps.jpg", "orientation-landscape-0.jpg"];
  const ids = await uploadAll(more);
  const running = worker!;
  await eventually(
    () => db.jobRun.findFirst({ where: { functionId: PROCESS_MEDIA, leaseOwner: { not: null } } }),
    "a claimed processing run",
  );
  const done = exited(running);
  process.kill(running.pid!, "SIGTERM");
  expect(await done).toEqual({ code: 0, signal: null });
  expect(await db.jobRun.count({ where: { leaseOwner: { not: null } } })).toBe(0);
  expect(await db.jobWorker.count({ where: { pid: running.pid! } })).toBe(0);

  worker = startWorker();
  await allReady(ids, "the released photos to be READY");
}, 600_000);
