// `npm run bench [-- <suite> ...]`: measurements that need a quiet machine, one run, figures to stdout and
// bench/results/<suite>.json. Runs against a throwaway database and storage folder; never touches real data.
// Suites: pipeline (issue 4: processing time vs bare sharp, upload-to-READY, a burst of uploads, memory);
// gallery (issue 6: a 60-photo section page vs a trivial page under load on `next start`, page weight, CLS);
// processing (issue 9: the section page and /robots.txt idle and while 20 uploads process, web + worker);
// library (issue 10: list, search and filter server time at 100,000 photos with query plans, a bulk job over
// 10,000 photos, the library page's LCP). `npm run bench -- library` runs one suite.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { FIXTURES } from "../tests/helpers/fixtures";

// Measure the app as its npm scripts run it: with scripts/lib/env.mjs's environment, including variables
// such as MALLOC_ARENA_MAX that only take effect when a process starts.
if (!process.env.P4G_BENCH_CHILD) {
  const self = [...process.execArgv, ...process.argv.slice(1)];
  const child = spawnSync(process.execPath, ["scripts/with-env.mjs", process.execPath, ...self], {
    stdio: "inherit",
    env: { ...process.env, P4G_BENCH_CHILD: "1" },
  });
  process.exit(child.status ?? 1);
}

const here = import.meta.dirname;
// The gallery benches seed their sections from the demo's photos.
const DEMO_PHOTOS = [
  "country-road.jpg",
  "door-knocker.jpg",
  "footpath.jpg",
  "summer-sky.jpg",
  "wheat-field.jpg",
  "irvine.avif",
].map((file) => path.resolve(here, "../demo/photos", file));
const suites = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const wanted = (name: string) => suites.length === 0 || suites.includes(name);
const runs = Number(process.env.BENCH_RUNS ?? 5);

// Before anything imports lib/db or lib/config: a fresh database, a temporary storage folder, embedded jobs.
const work = await mkdtemp(path.join(os.tmpdir(), "p4g-bench-"));
process.env.STORAGE_DIR = path.join(work, "storage");
process.env.STORAGE_DRIVER = "local";
// Jobs log their own failures (e.g. no server to revalidate pages at); a failed photo fails the bench anyway.
process.env.LOG_LEVEL ??= "fatal";
for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"])
  delete process.env[name];
const { createTestDatabase } = await import("../tests/helpers/test-db");
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mark = (ok: boolean) => (ok ? "ok " : "MISS");

try {
  if (wanted("pipeline")) {
    const { runPipelineBench, writeJson } = await import("./pipeline-bench");
    const result = await runPipelineBench({
      fixtures: FIXTURES,
      workDir: work,
      runs,
      burst: 20,
    });
    const goals = {
      ratioAtMost1_2: result.perPhoto.every((p) => p.ratio <= 1.2),
      ready12mpMedianAtMost1_5s: result.uploadToReady12mp.ms.median <= 1500,
      avif12mpWithin10s: result.uploadToReady12mp.avifJoinedMs.median <= 10_000,
      burstAllReadyWithin30s: result.burst.allReadyAfterFirstByteMs <= 30_000,
      peakMemoryUnder1_5GB: result.peakRssMb.burstIncludingAvif < 1536,
    };
    await writeJson(path.join(here, "results/pipeline.json"), {
      date: new Date().toISOString(),
      runs,
      ...result,
      goals,
    });

    console.log(
      `\nMedia pipeline (${runs} runs each; ${result.machine.cpus} cores, load ${result.machine.loadAverage.join(" ")})`,
    );
    console.log(
      "photo                  pipeline   bare sharp  ratio  (CPU ratio)  AVIF effort " +
        result.perPhoto[0]!.avifMs.effort,
    );
    for (const p of result.perPhoto) {
      console.log(
        `${p.photo.padEnd(22)} ${seconds(p.pipelineMs.median).padStart(8)}  ${seconds(p.bareSharpMs.median).padStart(10)}  ${p.ratio.toFixed(2).padStart(5)}  (${p.cpuRatio.toFixed(2)})        ${seconds(p.avifMs.median)}`,
      );
    }
    const single = result.uploadToReady12mp;
    console.log(
      `12 MP upload to READY: median ${seconds(single.ms.median)} (p95 ${seconds(single.ms.p95)}); AVIF joined: median ${seconds(single.avifJoinedMs.median)}`,
    );
    const burst = result.burst;
    console.log(
      `${burst.photos} x 12 MP at once: upload to READY median ${seconds(burst.uploadToReadyMs.median)}, p95 ${seconds(burst.uploadToReadyMs.p95)}; all READY ${seconds(burst.allReadyAfterFirstByteMs)} after the first upload began`,
    );
    console.log(
      `peak RSS: ${result.peakRssMb.steps} MB (steps), ${result.peakRssMb.burstUntilReady} MB (burst until READY), ${result.peakRssMb.burstIncludingAvif} MB (burst with AVIF)`,
    );
    console.log(
      "goals: " +
        Object.entries(goals)
          .map(([name, ok]) => `${mark(ok)} ${name}`)
          .join(", "),
    );
    console.log(`written: bench/results/pipeline.json`);
  }
  if (wanted("gallery")) {
    const { runGalleryBench, printGalleryResult, writeGalleryResult } = await import("./gallery");
    const result = await runGalleryBench({
      root: path.resolve(here, ".."),
      storageDir: process.env.STORAGE_DIR!,
      sourceFiles: DEMO_PHOTOS,
      distDir: process.env.BENCH_DIST_DIR,
    });
    await writeGalleryResult(path.join(here, "results/gallery.json"), result);
    printGalleryResult(result);
    console.log(`written: bench/results/gallery.json`);
  }
  if (wanted("processing")) {
    const { runProcessingBench, printProcessingResult, writeProcessingResult } =
      await import("./gallery-processing");
    const result = await runProcessingBench({
      root: path.resolve(here, ".."),
      storageDir: process.env.STORAGE_DIR!,
      sourceFiles: DEMO_PHOTOS.filter((file) => file.endsWith(".jpg")),
      uploadPhoto: path.join(FIXTURES, "phone-gps.jpg"),
      photos: Number(process.env.BENCH_PHOTOS) || undefined,
      durationSeconds: Number(process.env.BENCH_DURATION_S) || undefined,
      rounds: Number(process.env.BENCH_ROUNDS) || undefined,
      distDir: process.env.BENCH_DIST_DIR,
    });
    await writeProcessingResult(path.join(here, "results/gallery-processing.json"), result);
    printProcessingResult(result);
    console.log(`written: bench/results/gallery-processing.json`);
  }
  if (wanted("library")) {
    const { runLibraryBench, printLibraryResult, writeLibraryResult } = await import("./library");
    const result = await runLibraryBench({
      root: path.resolve(here, ".."),
      photos: Number(process.env.BENCH_LIBRARY_PHOTOS) || undefined,
      distDir: process.env.BENCH_DIST_DIR,
    });
    await writeLibraryResult(path.join(here, "results/library.json"), result);
    printLibraryResult(result);
    console.log(`written: bench/results/library.json`);
  }
} finally {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
  await rm(work, { recursive: true, force: true });
}
