// Environment shared by every npm script: `.env` when present, a persistent local AUTH_SECRET,
// and a one-line verdict when MySQL cannot be reached.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createConnection } from "mariadb";

export const DEFAULT_DATABASE_URL = "mysql://root@127.0.0.1:3306/phoenix4ge";

export function loadEnv() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
  process.env.NEXT_TELEMETRY_DISABLED ||= "1";
  // glibc keeps per-thread arenas after each photo; two arenas halved peak memory in the pipeline benchmark.
  process.env.MALLOC_ARENA_MAX ||= "2";
  if (!process.env.AUTH_SECRET) {
    // A self-hosted install without AUTH_SECRET keeps one generated secret, so sessions survive restarts.
    const file = ".data/auth-secret";
    if (!existsSync(file)) {
      mkdirSync(".data", { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
}

/** Resolves when the server answers; otherwise prints one line saying what to do and exits 1. */
export async function assertDatabaseReachable(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  const parsed = new URL(url);
  const host = parsed.hostname || "127.0.0.1";
  const port = Number(parsed.port || 3306);
  try {
    const conn = await createConnection({
      host,
      port,
      user: decodeURIComponent(parsed.username || "root"),
      password: decodeURIComponent(parsed.password),
      connectTimeout: 3000,
    });
    await conn.end();
  } catch (error) {
    const reason = String(error?.message ?? error).split("\n")[0];
    console.error(
      `Cannot reach MySQL at ${host}:${port} (${reason}). Start MySQL/MariaDB or set DATABASE_URL to a reachable server.`,
    );
    process.exit(1);
  }
}
