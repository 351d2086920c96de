// `npm start`: the web process (`next start` with JOBS_EXECUTOR=off) and the worker (scripts/worker.ts,
// nice 10, runs the jobs), each restarted with exponential backoff when it crashes. SIGTERM/SIGINT stop
// both gracefully (a second signal kills them). JOBS_EXECUTOR=on: one process serves pages and runs jobs.
// `node scripts/start.mjs web|worker` runs one of them unsupervised, for systemd or PM2 to supervise.
import { spawn } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import { assertDatabaseReachable, loadEnv } from "./lib/env.mjs";

const root = path.resolve(import.meta.dirname, "..");
const BACKOFF_FIRST_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
// A process that ran this long before crashing starts over from the first delay.
const STABLE_MS = 60_000;
const WORKER_NICE = Math.min(19, Math.max(10, Number(process.env.JOBS_WORKER_NICE) || 10));

loadEnv();
await assertDatabaseReachable();
process.env.PORT ||= "3000";

const only = process.argv[2];
if (only && only !== "web" && only !== "worker") {
  console.error(`Unknown process "${only}": use web, worker, or nothing for both.`);
  process.exit(2);
}
const single = !only && process.env.JOBS_EXECUTOR === "on";

const processes = {
  web: {
    command: path.join(root, "node_modules/.bin/next"),
    args: ["start", "-p", process.env.PORT],
    // The web process leaves the jobs to the worker unless told to run both.
    env: { ...process.env, JOBS_EXECUTOR: single ? "on" : (process.env.JOBS_EXECUTOR ?? "off") },
  },
  worker: {
    command: process.execPath,
    args: ["--import", "tsx", path.join(root, "scripts/worker.ts")],
    env: process.env,
    nice: WORKER_NICE,
  },
};

let stopping = false;
let stoppingAt = 0;
const running = new Set();

function launch(name) {
  const { command, args, env, nice } = processes[name];
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  // The worker lowers all its threads itself too; this covers the time before its code runs.
  if (nice && child.pid) {
    try {
      setPriority(child.pid, nice);
    } catch {
      // It already exited; its exit handler says so.
    }
  }
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

/** Runs one process and restarts it after a crash: 1 s, 2 s, 4 s ... up to 30 s between tries. */
function supervise(name) {
  let delay = BACKOFF_FIRST_MS;
  const start = () => {
    const startedAt = Date.now();
    launch(name).on("exit", (code, signal) => {
      if (stopping) return;
      if (code === 0) {
        console.log(`[start] ${name} exited normally; not restarting it`);
        return;
      }
      if (Date.now() - startedAt >= STABLE_MS) delay = BACKOFF_FIRST_MS;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      console.error(`[start] ${name} ${how}; restarting it in ${delay / 1000} s`);
      setTimeout(() => !stopping && start(), delay);
      delay = Math.min(delay * 2, BACKOFF_MAX_MS);
    });
  };
  start();
}

function stopAll(signal) {
  if (stopping) {
    // Ctrl-C reaches the whole process group at once; only a later, second signal means "now".
    if (Date.now() - stoppingAt > 2000) for (const child of running) child.kill("SIGKILL");
    return;
  }
  stopping = true;
  stoppingAt = Date.now();
  if (running.size === 0) process.exit(0);
  for (const child of running) child.kill("SIGTERM");
  const check = setInterval(() => {
    if (running.size > 0) return;
    clearInterval(check);
    process.exit(signal === "SIGINT" ? 130 : 0);
  }, 100);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));

if (only) {
  launch(only).on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
} else {
  supervise("web");
  if (!single) supervise("worker");
}
