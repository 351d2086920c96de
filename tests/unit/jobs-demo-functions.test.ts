// Step logic of the demo functions with @inngest/test (in-process, memoized steps). Retries, sleeps,
// waits and failure handlers are not its strength (see the protocol notes): the integration tests
// cover those through the real serve handler and the embedded executor.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { demoFunctions, readDemoRecords } from "@/tests/helpers/jobs-demo-functions";

const byId = (id: string) => {
  const fn = demoFunctions.find((candidate) => candidate.id() === id);
  if (!fn) throw new Error(`no demo function ${id}`);
  return fn;
};

const demoEvent = (data: Record<string, unknown>) => ({ name: "jobs/demo.requested", data }) as const;

beforeEach(() => {
  process.env.JOBS_DEMO_LOG = path.join(mkdtempSync(path.join(tmpdir(), "p4g-jobs-unit-")), "records.jsonl");
});
afterEach(() => rmSync(path.dirname(process.env.JOBS_DEMO_LOG!), { recursive: true, force: true }));

describe("demo functions", () => {
  test("the multi-step function runs its steps in order and returns their results", async () => {
    const t = new InngestTestEngine({
      function: byId("jobs-demo-multi-step"),
      events: [demoEvent({ scenario: "multi-step", key: "u1" })],
    });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual(["one done", "two done", "three done"]);
    expect(readDemoRecords().map((r) => r.label)).toEqual(["one", "two", "three"]);
  });

  test("a single step can run on its own", async () => {
    const t = new InngestTestEngine({
      function: byId("jobs-demo-multi-step"),
      events: [demoEvent({ scenario: "multi-step", key: "u2" })],
    });
    const { result } = await t.executeStep("two");
    expect(result).toBe("two done");
  });

  test("the parallel function joins its three branches", async () => {
    const t = new InngestTestEngine({
      function: byId("jobs-demo-parallel"),
      events: [demoEvent({ scenario: "parallel", key: "u3" })],
    });
    const { result } = await t.execute();
    expect(result).toEqual(["left", "middle", "right"]);
    expect(readDemoRecords().find((r) => r.label === "joined")?.value).toEqual(["left", "middle", "right"]);
  });

  test("the invoking function uses the invoked result (invoke mocked as a step)", async () => {
    const t = new InngestTestEngine({
      function: byId("jobs-demo-invoke"),
      events: [demoEvent({ scenario: "invoke", key: "u4" })],
      steps: [
        { id: "call-child", handler: () => 42 },
        { id: "announce", handler: () => ({ ids: ["x"] }) },
      ],
    });
    const { result } = await t.execute();
    expect(result).toBe(42);
    expect(readDemoRecords().find((r) => r.label === "invoked")?.value).toBe(42);
  });

  test("a fragile step's error fails the run when it is not fixed", async () => {
    const t = new InngestTestEngine({
      function: byId("jobs-demo-fragile"),
      events: [demoEvent({ scenario: "fragile", key: "u5" })],
    });
    const { error } = await t.execute();
    expect((error as Error | undefined)?.message).toContain("the dependency is down");
  });
});
