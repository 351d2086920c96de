// The worker process: runs the embedded executor (sharp, the classifier, email) apart from the web
// process, at a low CPU priority so that page requests always win the CPU. `npm start` runs it beside
// `next start` (scripts/start.mjs restarts it when it crashes); systemd or PM2 can run it on its own.
// SIGTERM or SIGINT: stop claiming, let the steps in flight finish, release the runs, exit 0.
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";

const NICE = Math.min(19, Math.max(10, Number(process.env.JOBS_WORKER_NICE) || 10));

/** Lowers every thread of this process (Linux sets nice per thread; threads made later inherit it). */
function lowerPriority() {
  let threads: string[] = [];
  try {
    threads = readdirSync("/proc/self/task");
  } catch {
    // Not Linux: the process priority below is all there is.
  }
  for (const id of [0, ...threads.map(Number)]) {
    try {
      setPriority(id, NICE);
    } catch {
      // A thread that ended meanwhile, or a platform that refuses: the others still count.
    }
  }
}

lowerPriority();

const { jobsMode } = await import("@/lib/jobs/mode");
const { logger } = await import("@/lib/logger");
const log = logger.child({ domain: "worker" });

if (jobsMode() !== "embedded") {
  log.info({ mode: jobsMode() }, "an Inngest server runs the functions; this worker has nothing to do");
  process.exit(0);
}

const { inngestHandler } = await import("@/inngest/serve");
const { startExecutorWhenReady } = await import("@/lib/embedded-executor/start-executor-when-ready");
const { db } = await import("@/lib/db");

let stopping = false;
const executor = startExecutorWhenReady({ handler: inngestHandler });

async function shutDown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping: finishing the steps in flight and releasing their runs");
  // Still connecting to MySQL: there is nothing to release.
  const started = await Promise.race([
    executor,
    new Promise<null>((resolve) => setTimeout(resolve, 50, null)),
  ]);
  await started?.stop();
  await db.$disconnect().catch(() => undefined);
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutDown(signal));

await executor;
// Threads started while loading sharp, the classifier and the database driver get the low priority too.
lowerPriority();
log.info({ pid: process.pid, nice: NICE }, "worker running the embedded executor");
