// One production build shared by the demo, the e2e server and the crash test: `next build` into
// `distDir` only when a source file is newer than the last build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "inngest",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "prisma/schema.prisma",
];

function newestMtime(file) {
  if (!existsSync(file)) return 0;
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(file)) {
    if (entry === "node_modules" || entry.startsWith(".next") || entry === "generated") continue;
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

/** Whether `distDir` holds a build newer than every source under `root`. */
export function isBuildFresh(distDir, root = process.cwd()) {
  const builtAt = newestMtime(path.join(root, distDir, "BUILD_ID"));
  return builtAt > 0 && !BUILD_SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
}

/**
 * Builds into `distDir` unless the build there is fresh. Returns true when it built.
 * `stdio: "inherit"` shows Next's output; "pipe" keeps it for the error message.
 */
export function buildIfStale({ distDir, root = process.cwd(), env = process.env, stdio = "inherit" }) {
  if (isBuildFresh(distDir, root)) return false;
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(
      `next build failed (status ${result.status})${stdio === "pipe" ? `:\n${result.stdout}\n${result.stderr}` : ""}`,
    );
  }
  return true;
}
