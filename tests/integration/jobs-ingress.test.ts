// Events reaching the embedded executor from outside the process, the serve endpoint's protection, and
// several executors sharing one database (as several app processes would).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"])
    delete process.env[name];
});

import { POST as postEvents } from "@/app/api/jobs/executor/e/[key]/route";
import { GET as getInngest, POST as postInngest } from "@/app/api/inngest/route";
import { db } from "@/lib/db";
import { demoFunctions, jobsDemo, readDemoRecords } from "@/tests/helpers/jobs-demo-functions";
import { inngest } from "@/lib/jobs/client";
import { newId } from "@/lib/embedded-executor/new-id";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { checkJobs } from "@/lib/jobs/health";
import { demoFunctionId, runReaching } from "./jobs-helpers";

process.env.JOBS_DEMO_LOG = path.join(mkdtempSync(path.join(tmpdir(), "p4g-jobs-")), "records.jsonl");

const running: Executor[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((executor) => executor.stop()));
  delete process.env.INNGEST_EVENT_KEY;
});
afterAll(() => rmSync(path.dirname(process.env.JOBS_DEMO_LOG!), { recursive: true, force: true }));

async function start(options: Parameters<typeof startTestExecutor>[0] = {}) {
  const executor = await startTestExecutor(
    { pollIntervalMs: 100, backoffBaseMs: 40, leaseMs: 2000, ...options },
    demoFunctions,
  );
  running.push(executor);
  return executor;
}

function eventRequest(key: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://localhost:3000/api/jobs/executor/e/${key}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  });
}

describe("the executor's event endpoint over HTTP", () => {
  test("is closed when no INNGEST_EVENT_KEY is set", async () => {
    const response = await postEvents(
      eventRequest("anything", [
        { name: "jobs/demo.requested", data: { scenario: "multi-step", key: "closed" } },
      ]),
    );
    expect(response.status).toBe(401);
    expect(await db.jobEvent.count({ where: { payload: { contains: '"key":"closed"' } } })).toBe(0);
  });

  test("refuses a wrong key and accepts the configured one, answering as the SDK expects", async () => {
    process.env.INNGEST_EVENT_KEY = "test-event-key";
    await start();
    const body = [{ name: "jobs/demo.requested", data: { scenario: "multi-step", key: "http" } }];
    expect((await postEvents(eventRequest("wrong-key", body))).status).toBe(401);

    const response = await postEvents(eventRequest("test-event-key", body));
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { ids: string[]; status: number };
    expect(reply.status).toBe(200);
    expect(reply.ids).toHaveLength(1);
    const run = await db.jobRun.findFirst({ where: { eventId: reply.ids[0] } });
    expect(run?.functionId).toBe(demoFunctionId("multi-step"));
  });

  test("gives the same ids for the SDK's retry of one send (same id seed), starting one run", async () => {
    process.env.INNGEST_EVENT_KEY = "test-event-key";
    await start();
    const body = [{ name: "jobs/demo.requested", data: { scenario: "multi-step", key: "seeded" } }];
    const seed = { "x-inngest-event-id-seed": `${Date.now()},c2VlZHNlZWRzZWVk` };
    const first = (await (await postEvents(eventRequest("test-event-key", body, seed))).json()) as {
      ids: string[];
    };
    const again = (await (await postEvents(eventRequest("test-event-key", body, seed))).json()) as {
      ids: string[];
    };
    expect(again.ids).toEqual(first.ids);
    expect(await db.jobRun.count({ where: { event: { contains: '"key":"seeded"' } } })).toBe(1);
  });

  test("refuses reserved event names and malformed bodies", async () => {
    process.env.INNGEST_EVENT_KEY = "test-event-key";
    const forged = await postEvents(
      eventRequest("test-event-key", [
        { name: "inngest/function.failed", data: { function_id: demoFunctionId("non-retriable") } },
      ]),
    );
    expect(forged.status).toBe(400);
    expect(await db.jobEvent.count({ where: { name: "inngest/function.failed" } })).toBe(0);
    expect((await postEvents(eventRequest("test-event-key", [{ data: {} }]))).status).toBe(400);
    const notJson = new Request("http://localhost:3000/api/jobs/executor/e/test-event-key", {
      method: "POST",
      body: "{nope",
    });
    expect((await postEvents(notJson)).status).toBe(400);
  });
});

describe("/api/inngest in embedded mode", () => {
  test("refuses calls that are not signed by this process's executor", async () => {
    const event = {
      name: "jobs/demo.requested",
      data: { scenario: "multi-step", key: "forged" },
      id: "forged",
      ts: Date.now(),
    };
    const body = {
      version: 2,
      event,
      events: [event],
      steps: {},
      ctx: {
        run_id: "forged",
        attempt: 0,
        max_attempts: 1,
        disable_immediate_execution: false,
        use_api: false,
        stack: { stack: [], current: 0 },
      },
    };
    const url = `http://localhost:3000/api/inngest?fnId=${demoFunctionId("multi-step")}&stepId=step`;
    const unsigned = await postInngest(
      new Request(url, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      }) as never,
      undefined,
    );
    expect(unsigned.status).toBe(401);
    const badSignature = await postInngest(
      new Request(url, {
        method: "POST",
        body: JSON.stringify(body),
        headers: {
          "content-type": "application/json",
          "x-inngest-signature": `t=${Math.floor(Date.now() / 1000)}&s=${"0".repeat(64)}`,
        },
      }) as never,
      undefined,
    );
    expect(badSignature.status).toBe(401);
    expect(readDemoRecords().filter((r) => r.key === "forged")).toHaveLength(0);
    const introspection = await getInngest(
      new Request("http://localhost:3000/api/inngest") as never,
      undefined,
    );
    expect(introspection.status).toBe(401);
  });
});

describe("several executors on one database", () => {
  test("share the work without running any step twice", async () => {
    await Promise.all([start({ maxConcurrentRuns: 3 }), start({ maxConcurrentRuns: 3 })]);
    const keys = Array.from({ length: 8 }, (_, i) => `shared-${i}`);
    await inngest.send(keys.map((key) => jobsDemo.create({ scenario: "multi-step", key, delayMs: 30 })));
    for (const key of keys) await runReaching("multi-step", key, ["COMPLETED"]);
    for (const key of keys) {
      expect(
        readDemoRecords()
          .filter((r) => r.key === key)
          .map((r) => r.label),
      ).toEqual(["one", "two", "three"]);
    }
  });

  test("take over a run whose executor died, once its lease expires, without redoing stored steps", async () => {
    // A run another process was driving when it died: step "one" stored, lease still held by the dead one.
    const event = {
      name: "jobs/demo.requested",
      data: { scenario: "multi-step", key: "orphan" },
      id: newId(),
      ts: Date.now(),
    };
    const oneHash = "fe05bcdcdc4928012781a5f1a2a77cbb5398e106"; // sha1("one")
    await db.jobEvent.create({
      data: { id: event.id, name: event.name, payload: JSON.stringify(event), ts: BigInt(event.ts) },
    });
    await db.jobRun.create({
      data: {
        id: newId(),
        functionId: demoFunctionId("multi-step"),
        eventId: event.id,
        eventName: event.name,
        event: JSON.stringify(event),
        status: "RUNNING",
        steps: JSON.stringify({ [oneHash]: { data: "one done" } }),
        stack: JSON.stringify([oneHash]),
        pending: JSON.stringify({ ops: [], discover: true }),
        wakeAt: new Date(Date.now() - 1000),
        leaseOwner: "dead-process",
        leaseUntil: new Date(Date.now() + 1500),
        startedAt: new Date(),
      },
    });
    await start();
    const run = await runReaching("multi-step", "orphan", ["COMPLETED"]);
    expect(run.leaseOwner).toBeNull();
    expect(
      readDemoRecords()
        .filter((r) => r.key === "orphan")
        .map((r) => r.label),
    ).toEqual(["two", "three"]);
  });
});

test("events sent while no executor runs (a web process whose worker is down) are kept and run once one starts", async () => {
  await inngest.send(jobsDemo.create({ scenario: "multi-step", key: "later" }));
  const stored = await db.jobEvent.findFirstOrThrow({ where: { payload: { contains: '"key":"later"' } } });
  expect(stored.dispatchedAt).toBeNull();
  expect(await db.jobRun.count({ where: { eventId: stored.id } })).toBe(0);
  const stalled = await checkJobs();
  expect(stalled).toMatchObject({
    ok: false,
    mode: "embedded",
    detail: { running: false, executors: 0, undispatchedEvents: 1 },
  });
  await start();
  await runReaching("multi-step", "later", ["COMPLETED"]);
  expect(await db.jobRun.count({ where: { eventId: stored.id } })).toBe(1);
  expect((await checkJobs()).detail).toMatchObject({ undispatchedEvents: 0, claimedInLastMinute: true });
});
