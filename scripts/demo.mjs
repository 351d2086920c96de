// `npm run demo`: install if needed, migrate, seed, build, then start web + worker (scripts/start.mjs)
// on http://localhost:$PORT.
// Safe to run again on the same database: it keeps what is there.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildIfStale, isBuildFresh } from "./lib/build-if-stale.mjs";

function step(name, command, args, options = {}) {
  const env = { ...process.env, ...options.env };
  console.log(`\n▸ ${name}`);
  const result = spawnSync(command, args, {
    stdio: options.capture ? ["ignore", "pipe", "inherit"] : "inherit",
    env,
  });
  if (result.status !== 0) {
    if (options.capture) process.stdout.write(result.stdout ?? "");
    console.error(`\n${name} failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
  return options.capture ? String(result.stdout) : "";
}

if (!existsSync("node_modules/.bin/next")) {
  step("Installing dependencies", "npm", [
    existsSync("package-lock.json") ? "ci" : "install",
    "--no-audit",
    "--no-fund",
  ]);
}

const { assertDatabaseReachable, loadEnv } = await import("./lib/env.mjs");
loadEnv();
await assertDatabaseReachable();

const bin = (name) => `node_modules/.bin/${name}`;
step("Generating the Prisma client", "node", ["scripts/prisma-generate.mjs"]);
step("Migrating the database", bin("tsx"), ["scripts/migrate.ts"]);
// Quiet logs: no app runs yet, so the seed's page revalidations have nobody to reach (and need none).
const seedSummary = step("Seeding the demo (processing its photos)", bin("tsx"), ["scripts/seed.ts"], {
  capture: true,
  env: { LOG_LEVEL: "fatal" },
});

const distDir = process.env.NEXT_DIST_DIR || ".next";
if (isBuildFresh(distDir)) {
  console.log("\n▸ Build is up to date");
} else {
  console.log("\n▸ Building the app (a minute or two)");
  buildIfStale({ distDir });
}

const port = process.env.PORT || "3000";
console.log(`\n▸ Starting the web process and the worker on http://localhost:${port}`);
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, PORT: port },
});
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server/i.test(String(chunk))) {
    announced = true;
    console.log(
      `\n${seedSummary.trim()}\n\n  Gallery:  http://localhost:${port}/\n  Sign in:  http://localhost:${port}/signin\n`,
    );
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
