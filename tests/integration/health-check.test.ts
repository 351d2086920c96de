import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkHealth } from "@/app/api/health/check-health";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";
import { poolConfigFromUrl } from "@/lib/db-url";
import { PrismaClient } from "@/lib/generated/prisma/client";

let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "p4g-health-"));
});
afterAll(async () => {
  process.env = saved;
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  process.env.STORAGE_DIR = path.join(dir, "storage");
  // Jobs sent to a self-hosted Inngest server: the app itself has nothing to run, so that check passes.
  // The embedded executor's own check is exercised end to end against the running server.
  process.env.INNGEST_BASE_URL = "http://127.0.0.1:8288";
});

describe("GET /api/health", () => {
  it("answers 200 when the database, storage and jobs are fine, and leaves no probe file behind", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      checks: {
        database: { status: "ok" },
        storage: { status: "ok", driver: "local" },
        jobs: { status: "ok", mode: "self-hosted" },
      },
    });
    expect(await readdir(process.env.STORAGE_DIR!)).toEqual([]);
  });

  it("answers 503 when the storage directory cannot be created", async () => {
    const file = path.join(dir, "a-file");
    await writeFile(file, "not a directory");
    process.env.STORAGE_DIR = path.join(file, "storage");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("error");
    expect(body.checks.database.status).toBe("ok");
    expect(body.checks.storage).toMatchObject({
      status: "error",
      error: expect.stringMatching(/not writable/),
    });
  });

  it("reports the database as failing when MySQL cannot be reached", async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaMariaDb(
        poolConfigFromUrl("mysql://root@127.0.0.1:1/nothing", { connectTimeout: 1000, acquireTimeout: 1500 }),
      ),
    });
    try {
      const report = await checkHealth({ database: unreachable });
      expect(report.status).toBe("error");
      expect(report.checks.database).toMatchObject({
        status: "error",
        error: expect.stringMatching(/Database unreachable/),
      });
      expect(report.checks.storage.status).toBe("ok");
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("reports the embedded job executor as failing when it is not running", async () => {
    delete process.env.INNGEST_BASE_URL;
    const response = await GET();
    expect(response.status).toBe(503);
    expect((await response.json()).checks.jobs).toMatchObject({
      status: "error",
      mode: "embedded",
      running: false,
    });
  });

  it("reports the jobs as fine while a worker process has shown a sign of life within the last minute", async () => {
    delete process.env.INNGEST_BASE_URL;
    const ago = (ms: number) => new Date(Date.now() - ms);
    const worker = { host: "worker-host", pid: 4242, startedAt: ago(3_600_000) };
    try {
      await db.jobWorker.create({ data: { id: "gone", ...worker, heartbeatAt: ago(120_000) } });
      const silent = await GET();
      expect(silent.status).toBe(503);
      expect((await silent.json()).checks.jobs).toMatchObject({ status: "error", executors: 0 });

      await db.jobWorker.create({
        data: { id: "alive", ...worker, heartbeatAt: ago(5_000), lastClaimAt: ago(20_000) },
      });
      const response = await GET();
      expect(response.status).toBe(200);
      expect((await response.json()).checks.jobs).toMatchObject({
        status: "ok",
        mode: "embedded",
        running: false,
        executors: 1,
        claimedInLastMinute: true,
      });
    } finally {
      await db.jobWorker.deleteMany();
    }
  });
});
