// `npm test`: everything CI checks, in order, stopping at the first failure.
// Prepares what it needs: dependencies, the generated Prisma client, the system Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { assertDatabaseReachable, DEFAULT_DATABASE_URL } from "./lib/env.mjs";

const started = Date.now();
const results = [];

/** Per-file durations, slowest first: scripts/lib/vitest-file-durations.mjs output or Playwright's JSON. */
function fileDurations(report) {
  const json = JSON.parse(readFileSync(report, "utf8"));
  const relative = (file) => path.relative(process.cwd(), path.resolve("tests/e2e", file));
  if (Array.isArray(json)) return json.map(({ file, ms }) => [file, ms]).sort((a, b) => b[1] - a[1]);
  const totals = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        for (const result of test.results)
          totals.set(relative(spec.file), (totals.get(relative(spec.file)) ?? 0) + result.duration);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of json.suites ?? []) walk(suite);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function printDurations(report) {
  if (!existsSync(report)) return;
  const files = fileDurations(report);
  const shown = files.slice(0, 15);
  console.log(`\nSlowest test files (${shown.length} of ${files.length}, from ${report}):`);
  for (const [file, ms] of shown) console.log(`${(ms / 1000).toFixed(1).padStart(8)}s  ${file}`);
}

function run(name, command, args, extraEnv = {}, report) {
  const t0 = Date.now();
  console.log(`\n── ${name} ──`);
  if (report) rmSync(report, { force: true });
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? "ok  " : "FAIL"} ${name} (${seconds}s)`);
  if (report) printDurations(report);
  if (result.status !== 0) {
    console.error(`\n${results.join("\n")}\n\n${name} failed.`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

if (!existsSync("node_modules/.bin/next"))
  run("install dependencies", "npm", ["ci", "--no-audit", "--no-fund"]);

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    run("install chromium", "sh", ["-c", "apt-get update -qq && apt-get install -y -qq chromium"]);
  } else {
    console.error(
      `Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}

// Tests never read the developer's `.env` (it could point them at real services or change defaults):
// the database server comes from TEST_DATABASE_URL or DATABASE_URL as exported, if at all.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
process.env.NEXT_TELEMETRY_DISABLED ||= "1";
process.env.MALLOC_ARENA_MAX ||= "2";
await assertDatabaseReachable(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);

// Tests provoke failures on purpose; their error logs would bury the results. LOG_LEVEL=warn shows them.
const testEnv = { NODE_ENV: "test", LOG_LEVEL: process.env.LOG_LEVEL || "silent" };
// Reports kept in test-results/; the per-file durations printed after each stage come from them.
const PLAYWRIGHT_REPORT = "test-results/playwright.json";
const vitest = (project) => {
  const args = ["run", "--project", project, "--reporter=default", "--reporter=json"];
  args.push(`--outputFile=test-results/vitest-${project}.json`);
  // Whole time per file (setup and hooks too), which the JSON reporter leaves out.
  args.push("--reporter=./scripts/lib/vitest-file-durations.mjs");
  const durations = `test-results/vitest-${project}-durations.json`;
  run(`${project} tests`, bin("vitest"), args, testEnv, durations);
};
const only = process.argv[2];
const stages = {
  generate: () => run("prisma generate", "node", ["scripts/prisma-generate.mjs"]),
  lint: () => {
    run("lockfile usable by npm ci", "node", ["scripts/fix-lockfile.mjs", "--check"]);
    run("no path outside the repository", "node", ["scripts/check-repo-paths.mjs"]);
    run("lint", bin("eslint"), ["--max-warnings=0", "."]);
    run("format", bin("prettier"), ["--check", "--log-level=warn", "."]);
  },
  typecheck: () => run("typecheck", bin("tsc"), ["--noEmit"]),
  unit: () => vitest("unit"),
  integration: () => vitest("integration"),
  e2e: () =>
    run("end-to-end tests", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium }, PLAYWRIGHT_REPORT),
};
if (only && !stages[only]) {
  console.error(`Unknown stage "${only}". Stages: ${Object.keys(stages).join(", ")}`);
  process.exit(2);
}
if (only) {
  stages.generate();
  if (only !== "generate") stages[only]();
} else {
  for (const stage of Object.values(stages)) stage();
}

console.log(`\n${results.join("\n")}\n\nAll passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
