// Issue 6 benchmark: a public section page of 60 photos against a trivial static page of the same app
// (`/robots.txt`), both served by the production build (`next start`). Load with autocannon at 50
// connections, page weight as served (HTML + CSS + JS, compressed, no images), and layout shift in
// Chromium while the real photos load. Needs DATABASE_URL and STORAGE_DIR pointing at throwaway places.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { db } from "@/lib/db";
import { buildIfStale } from "../scripts/lib/build-if-stale.mjs";
import { fetchRaw } from "../tests/helpers/fetch-raw";
import { prepareSourcePhotos, seedLinkedPhotos } from "./gallery-fixtures";

export interface LoadFigures {
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  requests: number;
  non2xx: number;
  errors: number;
}

export interface GalleryBenchResult {
  machine: { cpus: number; loadAverage: number[] };
  distDir: string;
  photos: number;
  connections: number;
  durationSeconds: number;
  rounds: number;
  /** Requests ask `accept-encoding: gzip, deflate, br`, as browsers do: next start gzips each response. */
  baseline: LoadFigures[];
  section: LoadFigures[];
  /** Mean requests per second of the section page over the trivial page's. */
  ratio: number;
  /**
   * The same without accept-encoding (autocannon's default): the page's own cost, without the
   * compression next start does on every request (a CDN in front would cache the compressed page).
   */
  uncompressed: { baseline: LoadFigures; section: LoadFigures; ratio: number };
  weight: {
    /** What the page costs on first load: the HTML (inline CSS and JS) plus any stylesheet or script it links. */
    served: { encoding: string; htmlBytes: number; linkedBytes: number; totalBytes: number };
    rawHtmlBytes: number;
    /** The same HTML compressed here, for comparison (next start itself only gzips). */
    brotliHtmlBytes: number;
    gzipHtmlBytes: number;
    /** Loaded only when a visitor opens a photo. */
    lightboxBytes: { raw: number; served: number; encoding: string };
  };
  layoutShift: { viewport: string; cls: number; imagesLoaded: number }[];
}

export const EXTRA_HEADERS = { "accept-encoding": "gzip, deflate, br" };

export async function waitForServer(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetchRaw(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function load(
  base: string,
  route: string,
  options: { duration: number; connections: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const result = await autocannon({
    url: base + route,
    connections: options.connections,
    duration: options.duration,
    headers: options.headers,
  });
  return {
    path: route,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Seeds a published model with one published section of `photos` real photos, straight into the database. */
export async function seedSection(sourceFiles: string[], storageDir: string, photos: number) {
  const suffix = randomBytes(3).toString("hex");
  const model = await db.model.create({
    data: {
      slug: `bench-${suffix}`,
      displayName: "Bench Portfolio",
      bio: "Sixty photographs.",
      published: true,
    },
  });
  const sources = await prepareSourcePhotos(sourceFiles, storageDir);
  const ids = await seedLinkedPhotos({ modelId: model.id, sources, count: photos, storageDir });
  const section = await db.gallerySection.create({
    data: {
      modelId: model.id,
      slug: "sixty",
      title: "Sixty photographs",
      description: "A section as large as a portfolio gets.",
      published: true,
      items: { create: ids.map((mediaId, position) => ({ mediaId, position })) },
    },
  });
  return { path: `/${model.slug}/${section.slug}`, modelSlug: model.slug };
}

/** Cumulative layout shift while the page and its photos load and the page is scrolled to the end. */
async function measureLayoutShift(url: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const figures: GalleryBenchResult["layoutShift"] = [];
  try {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) w.__cls += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(url, { waitUntil: "load" });
      // Scroll down in steps so every lazy photo loads, then wait for the network to settle.
      for (let step = 0; step < 40; step++) {
        const done = await page.evaluate(() => {
          window.scrollBy(0, window.innerHeight * 0.9);
          return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        });
        await page.waitForTimeout(120);
        if (done) break;
      }
      await page.waitForLoadState("networkidle");
      const result = await page.evaluate(() => ({
        cls: (window as unknown as { __cls: number }).__cls,
        imagesLoaded: [...document.images].filter((img) => img.complete && img.naturalWidth > 0).length,
      }));
      figures.push({ viewport: `${viewport.width}x${viewport.height}`, ...result });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export async function runGalleryBench(options: {
  root: string;
  storageDir: string;
  sourceFiles: string[];
  photos?: number;
  connections?: number;
  durationSeconds?: number;
  rounds?: number;
  distDir?: string;
  port?: number;
}): Promise<GalleryBenchResult> {
  const photos = options.photos ?? 60;
  const connections = options.connections ?? 50;
  const duration = options.durationSeconds ?? 10;
  const rounds = options.rounds ?? 3;
  // Shared with the e2e server and the crash test, so one build serves all three.
  const distDir = options.distDir ?? ".next-test";
  const port = options.port ?? 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;

  const { path: sectionPath } = await seedSection(options.sourceFiles, options.storageDir, photos);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: base,
    // Nothing else may run in the server while it is measured.
    JOBS_EXECUTOR: "off",
    LOG_LEVEL: "warn",
  };
  buildIfStale({ distDir, root: options.root, env, stdio: "pipe" });

  const server = spawn(path.join(options.root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: options.root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(`${base}/robots.txt`, server);
    // The first request renders and caches the page; every later one is served from the cache.
    for (let i = 0; i < 2; i++) {
      const page = await fetchRaw(base + sectionPath);
      if (page.status !== 200) throw new Error(`${sectionPath} answered ${page.status}`);
    }
    const cached = await fetchRaw(base + sectionPath);
    if (cached.headers["x-nextjs-cache"] !== "HIT")
      throw new Error(`${sectionPath} is not served from the cache`);

    // Warm both routes (JIT, connection pools), then alternate rounds so drift hits both alike.
    await load(base, "/robots.txt", { duration: 3, connections, headers: EXTRA_HEADERS });
    await load(base, sectionPath, { duration: 3, connections, headers: EXTRA_HEADERS });
    const baseline: LoadFigures[] = [];
    const section: LoadFigures[] = [];
    for (let round = 0; round < rounds; round++) {
      baseline.push(await load(base, "/robots.txt", { duration, connections, headers: EXTRA_HEADERS }));
      section.push(await load(base, sectionPath, { duration, connections, headers: EXTRA_HEADERS }));
    }

    const uncompressedBaseline = await load(base, "/robots.txt", { duration, connections });
    const uncompressedSection = await load(base, sectionPath, { duration, connections });

    const served = await fetchRaw(base + sectionPath, EXTRA_HEADERS);
    const decode = { gzip: gunzipSync, br: brotliDecompressSync } as Record<string, (body: Buffer) => Buffer>;
    const raw = decode[served.encoding]?.(served.body) ?? served.body;
    const html = raw.toString("utf8");
    const linked = [
      ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
      ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1]!);
    let linkedBytes = 0;
    for (const href of linked)
      linkedBytes += (await fetchRaw(new URL(href, base).toString(), EXTRA_HEADERS)).body.length;
    const lightboxPath = /"(\/assets\/gallery\/lightbox-[a-f0-9]+\.js)"/.exec(html)?.[1];
    const lightboxRaw = lightboxPath ? (await fetchRaw(base + lightboxPath)).body.length : 0;
    const lightboxServed = lightboxPath ? await fetchRaw(base + lightboxPath, EXTRA_HEADERS) : null;

    const layoutShift = await measureLayoutShift(base + sectionPath);
    const ratio =
      mean(section.map((r) => r.requestsPerSecond)) / mean(baseline.map((r) => r.requestsPerSecond));
    return {
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
      distDir,
      photos,
      connections,
      durationSeconds: duration,
      rounds,
      baseline,
      section,
      ratio,
      uncompressed: {
        baseline: uncompressedBaseline,
        section: uncompressedSection,
        ratio: uncompressedSection.requestsPerSecond / uncompressedBaseline.requestsPerSecond,
      },
      weight: {
        served: {
          encoding: served.encoding,
          htmlBytes: served.body.length,
          linkedBytes,
          totalBytes: served.body.length + linkedBytes,
        },
        rawHtmlBytes: raw.length,
        brotliHtmlBytes: brotliCompressSync(raw).length,
        gzipHtmlBytes: gzipSync(raw).length,
        lightboxBytes: {
          raw: lightboxRaw,
          served: lightboxServed?.body.length ?? 0,
          encoding: lightboxServed?.encoding ?? "identity",
        },
      },
      layoutShift,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

export function galleryGoals(result: GalleryBenchResult) {
  const worstP99 = Math.max(...result.section.map((r) => r.latencyMs.p99));
  return {
    rpsAtLeast90PercentOfTrivialPage: result.ratio >= 0.9,
    p99Under50msAt50Connections: worstP99 < 50,
    pageUnder100KBCompressed: result.weight.served.totalBytes < 100 * 1024,
    noLayoutShift: result.layoutShift.every((l) => l.cls < 0.001),
  };
}

export async function writeGalleryResult(file: string, result: GalleryBenchResult) {
  await writeFile(
    file,
    JSON.stringify({ date: new Date().toISOString(), ...result, goals: galleryGoals(result) }, null, 2) +
      "\n",
  );
}

export function printGalleryResult(result: GalleryBenchResult) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (label: string, r: LoadFigures) =>
    `${label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(7)} ${r.latencyMs.p50.toFixed(0).padStart(7)} ms ${r.latencyMs.p99.toFixed(0).padStart(7)} ms ${String(r.non2xx + r.errors).padStart(6)}`;
  console.log(
    `\nGallery page (${result.photos} photos) vs /robots.txt, next start, ${result.connections} connections, ${result.durationSeconds} s x ${result.rounds} rounds; ${result.machine.cpus} cores, load ${result.machine.loadAverage.join(" ")}`,
  );
  console.log(
    `${"".padEnd(34)} ${"req/s".padStart(7)} ${"p50".padStart(10)} ${"p99".padStart(10)} ${"errors".padStart(6)}`,
  );
  result.baseline.forEach((r, i) => console.log(row(`/robots.txt (round ${i + 1})`, r)));
  result.section.forEach((r, i) => console.log(row(`section page (round ${i + 1})`, r)));
  console.log(row("/robots.txt, no accept-encoding", result.uncompressed.baseline));
  console.log(row("section page, no accept-encoding", result.uncompressed.section));
  console.log(
    `section page / trivial page, requests per second: ${(result.ratio * 100).toFixed(0)}% as browsers ask (accept-encoding: gzip, deflate, br), ${(result.uncompressed.ratio * 100).toFixed(0)}% uncompressed`,
  );
  const w = result.weight;
  console.log(
    `page weight as served (${w.served.encoding}): ${kb(w.served.totalBytes)} (HTML with inline CSS and JS ${kb(w.served.htmlBytes)}, linked files ${kb(w.served.linkedBytes)}); raw HTML ${kb(w.rawHtmlBytes)}, brotli ${kb(w.brotliHtmlBytes)}; lightbox on first open ${kb(w.lightboxBytes.served)} (${w.lightboxBytes.encoding})`,
  );
  console.log(
    `layout shift while photos load: ${result.layoutShift.map((l) => `${l.viewport} CLS ${l.cls.toFixed(4)} (${l.imagesLoaded} images)`).join(", ")}`,
  );
  console.log(
    "goals: " +
      Object.entries(galleryGoals(result))
        .map(([name, ok]) => `${ok ? "ok " : "MISS"} ${name}`)
        .join(", "),
  );
}
