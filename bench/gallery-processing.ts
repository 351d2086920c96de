// Issue 9 benchmark: the public section page and the trivial route (`/robots.txt`) under load while the
// server is idle, and again while 20 freshly uploaded 12 MP photos are being processed. The app runs as
// `npm start` runs it: `scripts/start.mjs` with the web process (`next start`, JOBS_EXECUTOR=off) and the
// worker (nice 10) as separate processes. Needs DATABASE_URL and STORAGE_DIR pointing at throwaway places.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { buildIfStale } from "../scripts/lib/build-if-stale.mjs";
import { EXTRA_HEADERS, load, seedSection, waitForServer, type LoadFigures } from "./gallery";
import { distinctCopy } from "./pipeline-bench";

export interface LoadRound {
  robots: LoadFigures;
  section: LoadFigures;
  /** Photos of the burst not yet READY when the round began and when it ended. */
  processingBefore?: number;
  processingAfter?: number;
}

export interface ProcessingBenchResult {
  machine: { cpus: number; loadAverage: number[] };
  distDir: string;
  connections: number;
  durationSeconds: number;
  rounds: number;
  photos: number;
  workerNice: number;
  idle: LoadRound[];
  processing: LoadRound[];
  /** Milliseconds from the first upload until every photo was READY (null: not within the bench). */
  allReadyAfterMs: number | null;
  summary: {
    idle: { sectionRps: number; sectionP99Ms: number; robotsRps: number; robotsP99Ms: number };
    processing: { sectionRps: number; sectionP99Ms: number; robotsRps: number; robotsP99Ms: number };
    /** Section page under processing load as a share of its idle figure. */
    sectionRpsRatio: number;
    sectionP99Ratio: number;
    robotsRpsRatio: number;
    robotsP99Ratio: number;
  };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function summarise(rounds: LoadRound[]) {
  return {
    sectionRps: mean(rounds.map((r) => r.section.requestsPerSecond)),
    sectionP99Ms: Math.max(...rounds.map((r) => r.section.latencyMs.p99)),
    robotsRps: mean(rounds.map((r) => r.robots.requestsPerSecond)),
    robotsP99Ms: Math.max(...rounds.map((r) => r.robots.latencyMs.p99)),
  };
}

async function stopGroup(child: ChildProcess) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(child.pid, "SIGTERM");
  const forced = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 120_000);
  await exited;
  clearTimeout(forced);
}

export async function runProcessingBench(options: {
  root: string;
  storageDir: string;
  sourceFiles: string[];
  uploadPhoto: string;
  photos?: number;
  connections?: number;
  durationSeconds?: number;
  rounds?: number;
  distDir?: string;
}): Promise<ProcessingBenchResult> {
  const photos = options.photos ?? 20;
  const connections = options.connections ?? 50;
  const duration = options.durationSeconds ?? 10;
  const rounds = options.rounds ?? 3;
  const distDir = options.distDir ?? ".next-test";
  const port = 3990 + Math.floor(Math.random() * 9);
  const base = `http://127.0.0.1:${port}`;
  const workerNice = Number(process.env.JOBS_WORKER_NICE) || 10;

  const { path: sectionPath, modelSlug } = await seedSection(options.sourceFiles, options.storageDir, 60);
  const authSecret = randomBytes(32).toString("base64url");
  const owner = await db.user.create({
    data: {
      email: `bench-${randomBytes(3).toString("hex")}@example.com`,
      name: "Bench",
      role: "OWNER",
      passwordHash: "-",
    },
  });
  const cookie = `authjs.session-token=${await encode({ token: { sub: owner.id }, secret: authSecret, salt: "authjs.session-token" })}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: base,
    AUTH_SECRET: authSecret,
    LOG_LEVEL: "warn",
  };
  // scripts/start.mjs decides: web with JOBS_EXECUTOR=off, and the worker.
  delete env.JOBS_EXECUTOR;
  buildIfStale({ distDir, root: options.root, env, stdio: "pipe" });

  const app = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: options.root,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(`${base}/robots.txt`, app);
    const health = async () =>
      (await (await fetch(`${base}/api/health`)).json()) as { checks: { jobs: { executors?: number } } };
    for (let i = 0; (await health()).checks.jobs.executors !== 1; i++) {
      if (i > 600) throw new Error("the worker did not report in /api/health");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (let i = 0; i < 2; i++) {
      const page = await fetch(base + sectionPath);
      if (page.status !== 200) throw new Error(`${sectionPath} answered ${page.status}`);
    }

    const measure = async (label: string, round: number, pending?: () => Promise<number>) => {
      const processingBefore = pending ? await pending() : undefined;
      const robots = await load(base, "/robots.txt", { duration, connections, headers: EXTRA_HEADERS });
      const section = await load(base, sectionPath, { duration, connections, headers: EXTRA_HEADERS });
      const processingAfter = pending ? await pending() : undefined;
      console.log(
        `  ${label} round ${round + 1}: /robots.txt ${robots.requestsPerSecond.toFixed(0)} req/s, section ${section.requestsPerSecond.toFixed(0)} req/s` +
          (pending ? ` (photos processing: ${processingBefore} -> ${processingAfter})` : ""),
      );
      return { robots, section, processingBefore, processingAfter };
    };

    // Warm both routes (JIT, connection pools), then the idle rounds.
    await load(base, "/robots.txt", { duration: Math.min(3, duration), connections, headers: EXTRA_HEADERS });
    await load(base, sectionPath, { duration: Math.min(3, duration), connections, headers: EXTRA_HEADERS });
    const idle: LoadRound[] = [];
    for (let round = 0; round < rounds; round++) idle.push(await measure("idle", round));

    // The burst: `photos` distinct 12 MP uploads through the web process, as staff would send them.
    const jpeg = await readFile(options.uploadPhoto);
    const startedAt = Date.now();
    const ids = await Promise.all(
      Array.from({ length: photos }, async (_, n) => {
        const form = new FormData();
        const bytes = distinctCopy(jpeg, `processing ${n}`);
        form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), `burst-${n}.jpg`);
        const response = await fetch(`${base}/api/models/${modelSlug}/media`, {
          method: "POST",
          body: form,
          headers: { cookie, origin: base },
        });
        if (response.status !== 201)
          throw new Error(`upload answered ${response.status}: ${await response.text()}`);
        return ((await response.json()) as { item: { id: string } }).item.id;
      }),
    );
    const pending = () => db.mediaItem.count({ where: { id: { in: ids }, status: { not: "READY" } } });
    const processing: LoadRound[] = [];
    for (let round = 0; round < rounds; round++) processing.push(await measure("processing", round, pending));
    const allReadyAfterMs = (await pending()) === 0 ? Date.now() - startedAt : null;

    const idleSummary = summarise(idle);
    const loaded = summarise(processing);
    return {
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
      distDir,
      connections,
      durationSeconds: duration,
      rounds,
      photos,
      workerNice,
      idle,
      processing,
      allReadyAfterMs,
      summary: {
        idle: idleSummary,
        processing: loaded,
        sectionRpsRatio: loaded.sectionRps / idleSummary.sectionRps,
        sectionP99Ratio: loaded.sectionP99Ms / idleSummary.sectionP99Ms,
        robotsRpsRatio: loaded.robotsRps / idleSummary.robotsRps,
        robotsP99Ratio: loaded.robotsP99Ms / idleSummary.robotsP99Ms,
      },
    };
  } finally {
    await stopGroup(app);
  }
}

export function processingGoals(result: ProcessingBenchResult) {
  return {
    sectionRpsUnderProcessingAtLeast80PercentOfIdle: result.summary.sectionRpsRatio >= 0.8,
    sectionP99UnderProcessingAtMost2xIdle: result.summary.sectionP99Ratio <= 2,
  };
}

export async function writeProcessingResult(file: string, result: ProcessingBenchResult) {
  await writeFile(
    file,
    JSON.stringify({ date: new Date().toISOString(), ...result, goals: processingGoals(result) }, null, 2) +
      "\n",
  );
}

export function printProcessingResult(result: ProcessingBenchResult) {
  const { idle, processing } = result.summary;
  const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
  console.log(
    `\nWeb + worker (npm start), ${result.connections} connections, ${result.durationSeconds} s x ${result.rounds} rounds, ${result.photos} x 12 MP uploaded before the loaded rounds, worker at nice ${result.workerNice}; ${result.machine.cpus} cores, load ${result.machine.loadAverage.join(" ")}`,
  );
  console.log(`${"".padEnd(28)} ${"req/s".padStart(7)} ${"p99".padStart(10)}`);
  const row = (label: string, rps: number, p99: number) =>
    console.log(`${label.padEnd(28)} ${rps.toFixed(0).padStart(7)} ${p99.toFixed(0).padStart(7)} ms`);
  row("section page, idle", idle.sectionRps, idle.sectionP99Ms);
  row("section page, processing", processing.sectionRps, processing.sectionP99Ms);
  row("/robots.txt, idle", idle.robotsRps, idle.robotsP99Ms);
  row("/robots.txt, processing", processing.robotsRps, processing.robotsP99Ms);
  console.log(
    `under processing load: section page ${pct(result.summary.sectionRpsRatio)} of its idle req/s (p99 x${result.summary.sectionP99Ratio.toFixed(2)}), /robots.txt ${pct(result.summary.robotsRpsRatio)} (p99 x${result.summary.robotsP99Ratio.toFixed(2)}); all photos READY ${result.allReadyAfterMs === null ? "after the last round" : `${(result.allReadyAfterMs / 1000).toFixed(1)} s after the first upload`}`,
  );
  console.log(
    "goals: " +
      Object.entries(processingGoals(result))
        .map(([name, ok]) => `${ok ? "ok " : "MISS"} ${name}`)
        .join(", "),
  );
}
