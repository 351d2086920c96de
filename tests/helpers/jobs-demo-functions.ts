// Demonstration functions for the jobs tests, registered by the test harness (`startTestExecutor`), never
// by the app. Each records its step executions in the file named by JOBS_DEMO_LOG, so tests can prove
// what ran how many times.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eventType, NonRetriableError } from "inngest";
import { z } from "zod";
import { inngest } from "@/lib/jobs/client";

export const jobsDemo = eventType("jobs/demo.requested", {
  schema: z.object({
    scenario: z.string().min(1),
    key: z.string().min(1),
    delayMs: z.number().int().nonnegative().optional(),
  }),
});

export const jobsDemoSignal = eventType("jobs/demo.signal", {
  schema: z.object({ key: z.string().min(1), value: z.string().optional() }),
});

export interface DemoRecord {
  key: string;
  label: string;
  attempt: number;
  value?: unknown;
}

function logPath(): string {
  return process.env.JOBS_DEMO_LOG || path.join(tmpdir(), "p4g-jobs-demo.log");
}

/** Every recorded execution so far. */
export function readDemoRecords(file = logPath()): DemoRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DemoRecord);
}

/** Appends one execution and returns how many of the same key and label came before it. */
function record(key: string, label: string, attempt: number, value?: unknown): number {
  const before = readDemoRecords().filter((r) => r.key === key && r.label === label).length;
  appendFileSync(logPath(), JSON.stringify({ key, label, attempt, value }) + "\n");
  return before;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const trigger = (scenario: string) => ({ event: jobsDemo, if: `event.data.scenario == '${scenario}'` });

const multiStep = inngest.createFunction(
  { id: "jobs-demo-multi-step", triggers: [trigger("multi-step")], concurrency: { limit: 10 } },
  async ({ event, step, attempt }) => {
    const { key, delayMs = 0 } = event.data;
    const results: string[] = [];
    for (const name of ["one", "two", "three"]) {
      results.push(
        await step.run(name, async () => {
          await pause(delayMs);
          record(key, name, attempt);
          return `${name} done`;
        }),
      );
    }
    return results;
  },
);

const flaky = inngest.createFunction(
  { id: "jobs-demo-flaky", triggers: [trigger("flaky")], retries: 4 },
  async ({ event, step, attempt }) => {
    const { key } = event.data;
    return step.run("flaky", () => {
      const before = record(key, "flaky", attempt);
      if (before < 2) throw new Error(`flaky failure ${before + 1}`);
      return "finally";
    });
  },
);

const nonRetriable = inngest.createFunction(
  {
    id: "jobs-demo-non-retriable",
    triggers: [trigger("non-retriable")],
    retries: 4,
    onFailure: async ({ event, error }) => {
      record(event.data.event.data.key, "onFailure", 0, error.message);
    },
  },
  async ({ event, step, attempt }) => {
    await step.run("refuse", () => {
      record(event.data.key, "refuse", attempt);
      throw new NonRetriableError("this input can never work");
    });
  },
);

const sleeper = inngest.createFunction(
  { id: "jobs-demo-sleep", triggers: [trigger("sleep")] },
  async ({ event, step }) => {
    await step.run("before", () => record(event.data.key, "before", 0));
    await step.sleep("nap", event.data.delayMs ?? 1000);
    await step.run("after", () => record(event.data.key, "after", 0));
    return "rested";
  },
);

const waiter = inngest.createFunction(
  { id: "jobs-demo-wait", triggers: [trigger("wait")] },
  async ({ event, step }) => {
    const signal = await step.waitForEvent("signal", {
      event: jobsDemoSignal,
      timeout: event.data.delayMs ?? 30_000,
      if: "async.data.key == event.data.key",
    });
    await step.run("resumed", () =>
      record(event.data.key, "resumed", 0, signal ? (signal.data.value ?? null) : null),
    );
    return signal ? signal.data.value : null;
  },
);

const parallel = inngest.createFunction(
  { id: "jobs-demo-parallel", triggers: [trigger("parallel")] },
  async ({ event, step }) => {
    const { key } = event.data;
    const results = await Promise.all(
      ["left", "middle", "right"].map((name) =>
        step.run(name, () => {
          record(key, name, 0);
          return name;
        }),
      ),
    );
    await step.run("joined", () => record(key, "joined", 0, results));
    return results;
  },
);

const child = inngest.createFunction(
  { id: "jobs-demo-child", triggers: [{ event: "jobs/demo.child" }] },
  async ({ event, step }) => {
    return step.run("double", () => {
      const data = event.data as { key?: string; n?: number };
      record(String(data.key), "child", 0);
      return (data.n ?? 0) * 2;
    });
  },
);

const invoker = inngest.createFunction(
  { id: "jobs-demo-invoke", triggers: [trigger("invoke")] },
  async ({ event, step }) => {
    const doubled = await step.invoke("call-child", {
      function: child,
      data: { key: event.data.key, n: 21 },
    });
    await step.sendEvent("announce", jobsDemoSignal.create({ key: event.data.key, value: String(doubled) }));
    await step.run("done", () => record(event.data.key, "invoked", 0, doubled));
    return doubled;
  },
);

/** Tests call this to "fix" what the fragile function depends on before retrying its run. */
export function markDemoFixed(key: string): void {
  record(key, "fixed", 0);
}

/** Fails (with no retries) until the test marks its key fixed: a run to retry from the Jobs page. */
const fragile = inngest.createFunction(
  { id: "jobs-demo-fragile", triggers: [trigger("fragile")], retries: 0 },
  async ({ event, step }) => {
    const { key } = event.data;
    await step.run("prepare", () => record(key, "prepare", 0));
    return step.run("fragile", () => {
      record(key, "fragile", 0);
      if (!readDemoRecords().some((r) => r.key === key && r.label === "fixed"))
        throw new Error("the dependency is down");
      return "recovered";
    });
  },
);

/** At most one run at a time: its records must never interleave. */
const limited = inngest.createFunction(
  { id: "jobs-demo-limited", triggers: [trigger("limited")], concurrency: { limit: 1 } },
  async ({ event, step }) => {
    await step.run("work", async () => {
      record("limited", "enter", 0, event.data.key);
      await pause(event.data.delayMs ?? 200);
      record("limited", "exit", 0, event.data.key);
    });
  },
);

/** Fires every second (a seconds field works in the embedded executor only); only the cron test registers it. */
const everySecond = inngest.createFunction(
  { id: "jobs-demo-cron", triggers: [{ cron: "* * * * * *" }] },
  async ({ step }) => {
    await step.run("tick", () => record("cron", "tick", 0));
  },
);

export const demoFunctions = [
  multiStep,
  flaky,
  nonRetriable,
  sleeper,
  waiter,
  parallel,
  child,
  invoker,
  limited,
  fragile,
];
export const demoCronFunctions = [everySecond];
