// The e2e web server (playwright.config.ts `webServer`): Playwright starts web servers before any
// globalSetup, so the setup lives here: a fresh, migrated database with the e2e owner, a production
// build in .next-e2e (skipped when nothing changed since the last one), then `next start`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db-schema/migrate";
import { e2eDatabaseUrl, OWNER } from "./e2e-env";
import { buildIfStale } from "../../scripts/lib/build-if-stale.mjs";

// Shared with the crash test (tests/integration/jobs-crash.test.ts), so `npm test` builds once.
const distDir = process.env.TEST_DIST_DIR || ".next-test";
const port = process.env.PORT || "3400";
const databaseUrl = e2eDatabaseUrl();

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed with status ${result.status}`);
}

async function main() {
  process.env.DATABASE_URL = databaseUrl;
  await migrate({ url: databaseUrl });
  // Imported after DATABASE_URL points at the e2e database: lib/db.ts reads it once.
  const { ensureOwner } = await import("@/lib/users/ensure-owner");
  const { db } = await import("@/lib/db");
  await ensureOwner({ email: OWNER.email, password: OWNER.password, name: OWNER.name });
  await db.$disconnect();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    STORAGE_DIR: process.env.STORAGE_DIR || mkdtempSync(path.join(tmpdir(), "p4g-e2e-storage-")),
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    // Next reads `.env` files by itself unless told the environment is already loaded: the test server
    // runs on this environment alone, never on the developer's `.env`.
    __NEXT_PROCESSED_ENV: "true",
  };
  if (!existsSync("lib/generated/prisma/client.ts")) run("node", ["scripts/prisma-generate.mjs"], env);

  buildIfStale({ distDir, env });

  const server = spawn("node_modules/.bin/next", ["start", "-p", port], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
