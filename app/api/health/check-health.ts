import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { db, type Db } from "@/lib/db";
import { checkJobs, type JobsHealth } from "@/lib/jobs/health";

export interface CheckResult {
  status: "ok" | "error";
  [detail: string]: unknown;
}

export interface HealthReport {
  status: "ok" | "error";
  checks: { database: CheckResult; storage: CheckResult; jobs: CheckResult };
}

/** What the checks run against; tests pass an unreachable client or an unwritable directory. */
export interface HealthTargets {
  database?: Pick<Db, "$queryRawUnsafe">;
  storageDriver?: string;
  storageDir?: string;
  jobs?: () => Promise<JobsHealth>;
  timeoutMs?: number;
}

const reason = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : String(error));

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function checkDatabase(client: Pick<Db, "$queryRawUnsafe">, ms: number): Promise<CheckResult> {
  try {
    await within(ms, client.$queryRawUnsafe("SELECT 1"));
    return { status: "ok" };
  } catch (error) {
    return { status: "error", error: `Database unreachable: ${reason(error)}` };
  }
}

/** Local storage must exist (or be creatable) and accept a write and a delete. */
async function checkStorage(driver: string, dir: string, ms: number): Promise<CheckResult> {
  if (driver !== "local") return { status: "ok", driver };
  const root = path.resolve(dir);
  const probe = path.join(root, `.health-${randomUUID()}`);
  try {
    await within(
      ms,
      (async () => {
        await mkdir(root, { recursive: true });
        await writeFile(probe, "ok");
        await rm(probe);
      })(),
    );
    return { status: "ok", driver };
  } catch (error) {
    return { status: "error", driver, error: `Storage directory not writable: ${reason(error)}` };
  }
}

async function checkJobsSafely(jobs: () => Promise<JobsHealth>, ms: number): Promise<CheckResult> {
  try {
    const { ok, mode, detail } = await within(ms, jobs());
    return { status: ok ? "ok" : "error", mode, ...detail };
  } catch (error) {
    return { status: "error", error: reason(error) };
  }
}

/** Runs the three checks side by side; the report is "ok" only when all of them are. */
export async function checkHealth(targets: HealthTargets = {}): Promise<HealthReport> {
  const ms = targets.timeoutMs ?? 3000;
  const [database, storage, jobs] = await Promise.all([
    checkDatabase(targets.database ?? db, ms),
    checkStorage(
      targets.storageDriver ?? process.env.STORAGE_DRIVER ?? "local",
      targets.storageDir ?? (process.env.STORAGE_DIR || "./storage"),
      ms,
    ),
    checkJobsSafely(targets.jobs ?? checkJobs, ms),
  ]);
  const ok = [database, storage, jobs].every((check) => check.status === "ok");
  return { status: ok ? "ok" : "error", checks: { database, storage, jobs } };
}
