import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { newTestDatabaseName } from "./tests/helpers/test-db";

// Chosen once by the main process and inherited by the workers (which load this file again).
process.env.E2E_PORT ||= String(3400 + Math.floor(Math.random() * 400));
process.env.E2E_DATABASE_NAME ||= newTestDatabaseName({ e2e: true });
// The server's files, removed by the global teardown with the database.
process.env.E2E_STORAGE_DIR ||= path.join(tmpdir(), `p4g-e2e-storage-${process.env.E2E_DATABASE_NAME}`);
process.env.E2E_AUTH_SECRET ||= process.env.AUTH_SECRET || randomBytes(32).toString("base64url");

const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Journeys share one server and database; running them one after another keeps the 2 cores free.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // One retry on CI only: pointer drags can miss on a loaded 2-core machine; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  // The JSON report gives `npm test` its per-file durations.
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  // Kept apart from test-results/screenshots, which Playwright would otherwise wipe at start.
  outputDir: "test-results/e2e-artifacts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // Prepares a fresh database, builds into .next-e2e when sources changed, then runs `next start`.
    command: "node_modules/.bin/tsx tests/e2e/global-setup.ts",
    url: `${baseURL}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      E2E_DATABASE_NAME: process.env.E2E_DATABASE_NAME,
      STORAGE_DIR: process.env.E2E_STORAGE_DIR,
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      TEST_DIST_DIR: process.env.TEST_DIST_DIR || ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
