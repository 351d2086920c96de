// `npm test`: everything CI checks, in order, stopping at the first failure.
// Prepares what it needs: dependencies, the generated Prisma client, the system Chromium.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { assertDatabaseReachable, loadEnv } from "./lib/env.mjs";

const started = Date.now();
const results = [];

function run(name, command, args, extraEnv = {}) {
  const t0 = Date.now();
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? "ok  " : "FAIL"} ${name} (${seconds}s)`);
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

loadEnv();
await assertDatabaseReachable();

// Tests provoke failures on purpose; their error logs would bury the results. LOG_LEVEL=warn shows them.
const testEnv = { NODE_ENV: "test", LOG_LEVEL: process.env.LOG_LEVEL || "silent" };
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
  unit: () => run("unit tests", bin("vitest"), ["run", "--project", "unit"], testEnv),
  integration: () => run("integration tests", bin("vitest"), ["run", "--project", "integration"], testEnv),
  e2e: () => run("end-to-end tests", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium }),
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
