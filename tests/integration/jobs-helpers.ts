// Shared by the jobs integration tests: wait for a run to reach a state, read the demo functions' records.
import { db } from "@/lib/db";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns a value; gives up (failing the test) after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await pause(100);
  }
}

export function demoFunctionId(name: string): string {
  return `phoenix4ge-jobs-demo-${name}`;
}

/** The run of demo function `name` started by the event with data key `key`. */
export async function findRun(name: string, key: string) {
  return db.jobRun.findFirst({
    where: { functionId: demoFunctionId(name), event: { contains: `"key":${JSON.stringify(key)}` } },
    include: { stepLogs: { orderBy: { startedAt: "asc" } } },
  });
}

export async function runReaching(name: string, key: string, statuses: JobRunStatus[]) {
  return eventually(
    async () => {
      const run = await findRun(name, key);
      return run && statuses.includes(run.status) ? run : null;
    },
    `${name}/${key} to be ${statuses.join(" or ")}`,
  );
}
