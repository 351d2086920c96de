// Issue 10: the library at 100,000 photos. Server time of the list query (first page, a deep keyset page,
// free text, a filter combination, counting), the query plans MariaDB chose for them, a bulk
// add-category over 10,000 photos chosen by filter (web + worker, as `npm start` runs them) and the
// library page's Largest Contentful Paint in Chromium.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import { chromium } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { listMedia } from "@/lib/media/library/list-media";
import { listMediaQuerySchema, type ListMediaQuery } from "@/lib/media/library/media-query";
import { buildIfStale } from "../scripts/lib/build-if-stale.mjs";
import { waitForServer } from "./gallery";
import { seedLibrary } from "./library-seed";

interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

function summarise(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!), runs: ms.length };
}
const round = (n: number) => Math.round(n * 10) / 10;

async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn(); // warm the pool, the JIT and InnoDB's buffer pool
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return summarise(ms);
}

/** The SELECTs `fn` sent, read back from MariaDB's general log, each with its EXPLAIN. */
async function queryPlans(fn: () => Promise<unknown>) {
  await db.$executeRawUnsafe("SET GLOBAL log_output = 'TABLE'");
  await db.$executeRawUnsafe("TRUNCATE TABLE mysql.general_log");
  await db.$executeRawUnsafe("SET GLOBAL general_log = 1");
  try {
    await fn();
  } finally {
    await db.$executeRawUnsafe("SET GLOBAL general_log = 0");
  }
  const rows = await db.$queryRawUnsafe<{ argument: Buffer | string }[]>(
    "SELECT argument FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') ORDER BY event_time",
  );
  const selects = rows
    .map((row) => row.argument.toString())
    .filter((sql) => /^\s*SELECT/i.test(sql) && /`?MediaItem`?/.test(sql) && !/general_log/.test(sql));
  const plans = [];
  for (const sql of selects) {
    const explain = await db.$queryRawUnsafe<Record<string, unknown>[]>(`EXPLAIN ${sql}`);
    plans.push({
      sql: sql.length > 600 ? `${sql.slice(0, 600)}…` : sql,
      plan: explain.map((row) => ({
        table: row.table,
        type: row.type,
        key: row.key,
        rows: Number(row.rows),
        extra: row.Extra,
      })),
    });
  }
  return plans;
}

export interface LibraryBenchResult {
  date: string;
  machine: { cpus: number; loadAverage: number[] };
  photos: number;
  seedSeconds: number;
  serverMs: Record<string, Timing>;
  plans: Record<string, unknown>;
  bulk: { photos: number; seconds: number; progressSamples: number[]; status: string };
  lcp: { viewport: string; ms: number; element: string }[];
  goals: Record<string, boolean>;
}

export async function runLibraryBench(options: {
  root: string;
  photos?: number;
  runs?: number;
  distDir?: string;
}): Promise<LibraryBenchResult> {
  const photos = options.photos ?? 100_000;
  const runs = options.runs ?? 40;
  const owner = await db.user.create({
    data: {
      email: `bench-${randomBytes(3).toString("hex")}@example.com`,
      name: "Bench Owner",
      role: "OWNER",
      passwordHash: "-",
    },
    select: { id: true, email: true, name: true, role: true },
  });
  const seedStarted = performance.now();
  const library = await seedLibrary({ count: photos, ownerId: owner.id });
  const seedSeconds = round((performance.now() - seedStarted) / 1000);

  const query = (params: Record<string, string>): ListMediaQuery => listMediaQuerySchema.parse(params);
  const list = (params: Record<string, string>) => listMedia(owner, library.slug, query(params));

  // A cursor about half-way down: page through once with the largest page size.
  let deepCursor: string | null = null;
  for (let seen = 0; seen < photos / 2; seen += 200) {
    const page = await list({ limit: "200", ...(deepCursor ? { cursor: deepCursor } : {}) });
    deepCursor = page.nextCursor;
    if (!deepCursor) break;
  }
  const [categoryId] = library.categoryIds;
  const cases: Record<string, Record<string, string>> = {
    firstPage: {},
    deepKeysetPage: { cursor: deepCursor ?? "" },
    firstPageByFilename: { sort: "filename", order: "asc" },
    firstPageByViews: { sort: "views", order: "desc" },
    freeTextOneWord: { q: "sunset" },
    freeTextTwoWords: { q: "beach portrait" },
    freeTextFilenameNumber: { q: "4711" },
    filterCombination: {
      moderation: "APPROVED",
      orientation: "portrait",
      category: categoryId!,
      from: "2024-01-01",
      to: "2025-12-31",
    },
    tagAndGps: { tag: "golden-hour", gps: "1" },
  };
  const serverMs: Record<string, Timing> = {};
  const plans: Record<string, unknown> = {};
  for (const [name, params] of Object.entries(cases)) {
    serverMs[name] = await time(runs, () => list(params));
    plans[name] = await queryPlans(() => list(params));
  }
  serverMs.countAllMatching = await time(runs, () =>
    db.mediaItem.count({ where: { modelId: library.modelId, deletedAt: null } }),
  );

  const { bulk, lcp } = await measureInApp({
    ...options,
    library,
    ownerId: owner.id,
    categoryId: categoryId!,
  });

  const p95 = (name: string) => serverMs[name]!.p95;
  const goals = {
    firstPageP95Under100ms: p95("firstPage") < 100,
    deepKeysetPageP95Under100ms: p95("deepKeysetPage") < 100,
    freeTextP95Under150ms:
      Math.max(p95("freeTextOneWord"), p95("freeTextTwoWords"), p95("freeTextFilenameNumber")) < 150,
    filterCombinationP95Under100ms: p95("filterCombination") < 100,
    bulkAddCategory10kUnder15s: bulk.status === "COMPLETED" && bulk.seconds < 15,
    lcpUnder1_5s: lcp.length > 0 && lcp.every((entry) => entry.ms < 1500),
  };
  return {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round) },
    photos,
    seedSeconds,
    serverMs,
    plans,
    bulk,
    lcp,
    goals,
  };
}

/** Starts web + worker (`scripts/start.mjs`) on the bench database, then drives a bulk job and Chromium. */
async function measureInApp(options: {
  root: string;
  distDir?: string;
  library: Awaited<ReturnType<typeof seedLibrary>>;
  ownerId: string;
  categoryId: string;
}) {
  const distDir = options.distDir ?? ".next-test";
  const port = 3980 + Math.floor(Math.random() * 9);
  const base = `http://127.0.0.1:${port}`;
  const authSecret = randomBytes(32).toString("base64url");
  const token = await encode({
    token: { sub: options.ownerId },
    secret: authSecret,
    salt: "authjs.session-token",
  });
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
    const headers = {
      cookie: `authjs.session-token=${token}`,
      origin: base,
      "content-type": "application/json",
    };

    // Select all matching "portrait photos uploaded before 2025-06" and add them to a category.
    const filter = { orientation: "portrait", to: "2023-06-30" };
    const counted = (await (
      await fetch(
        `${base}/api/models/${options.library.slug}/media?${new URLSearchParams({ ...filter, limit: "1" })}`,
        {
          headers,
        },
      )
    ).json()) as { total: number };
    const started = performance.now();
    const response = await fetch(`${base}/api/models/${options.library.slug}/media/bulk`, {
      method: "POST",
      headers,
      body: JSON.stringify({ action: "addCategories", filter, categoryIds: [options.categoryId] }),
    });
    if (response.status !== 202)
      throw new Error(`bulk answered ${response.status}: ${await response.text()}`);
    const { job } = (await response.json()) as { job: { id: string } };
    const progressSamples: number[] = [];
    let status = "QUEUED";
    while (!["COMPLETED", "FAILED", "CANCELLED"].includes(status)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const current = (await (await fetch(`${base}/api/jobs/${job.id}`, { headers })).json()) as {
        job: { status: string; done: number; total: number };
      };
      status = current.job.status;
      progressSamples.push(current.job.done);
      if (performance.now() - started > 120_000) break;
    }
    const bulk = {
      photos: counted.total,
      seconds: round((performance.now() - started) / 1000),
      progressSamples,
      status,
    };

    const lcp: { viewport: string; ms: number; element: string }[] = [];
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        const context = await browser.newContext({ viewport });
        await context.addCookies([{ name: "authjs.session-token", value: token, url: base }]);
        const page = await context.newPage();
        const url = `${base}/admin/models/${options.library.slug}/library`;
        await page.goto(url); // compile caches, fonts
        for (let attempt = 0; attempt < 3; attempt++) {
          await page.addInitScript(() => {
            const w = window as unknown as { __lcp: { ms: number; element: string } };
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as (PerformanceEntry & { element?: Element })[];
              const last = entries.at(-1);
              if (last) w.__lcp = { ms: last.startTime, element: last.element?.tagName ?? "" };
            }).observe({ type: "largest-contentful-paint", buffered: true });
          });
          await page.goto(url, { waitUntil: "load" });
          await page.waitForTimeout(800);
          const entry = await page.evaluate(
            () => (window as unknown as { __lcp?: { ms: number; element: string } }).__lcp,
          );
          if (entry)
            lcp.push({
              viewport: `${viewport.width}x${viewport.height}`,
              ms: round(entry.ms),
              element: entry.element,
            });
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return { bulk, lcp };
  } finally {
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
}

export async function writeLibraryResult(file: string, result: LibraryBenchResult) {
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
}

export function printLibraryResult(result: LibraryBenchResult) {
  console.log(
    `\nLibrary at ${result.photos.toLocaleString("en")} photos (seeded in ${result.seedSeconds} s; ${result.machine.cpus} cores, load ${result.machine.loadAverage.join(" ")})`,
  );
  for (const [name, t] of Object.entries(result.serverMs))
    console.log(
      `${name.padEnd(26)} p50 ${String(t.p50).padStart(6)} ms  p95 ${String(t.p95).padStart(6)} ms  max ${t.max} ms`,
    );
  console.log(
    `bulk add-category over ${result.bulk.photos} photos: ${result.bulk.seconds} s (${result.bulk.status}); progress ${result.bulk.progressSamples.slice(0, 12).join(", ")}…`,
  );
  for (const entry of result.lcp) console.log(`LCP ${entry.viewport}: ${entry.ms} ms (${entry.element})`);
  for (const [name, plan] of Object.entries(result.plans)) {
    console.log(`\nplan: ${name}`);
    for (const step of plan as { sql: string; plan: Record<string, unknown>[] }[]) {
      console.log(`  ${step.sql.slice(0, 160)}`);
      for (const row of step.plan)
        console.log(`    ${row.table} ${row.type} key=${row.key} rows=${row.rows} ${row.extra ?? ""}`);
    }
  }
  console.log(
    "goals: " +
      Object.entries(result.goals)
        .map(([name, ok]) => `${ok ? "ok " : "MISS"} ${name}`)
        .join(", "),
  );
}
