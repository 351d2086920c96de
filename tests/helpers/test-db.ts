import { randomBytes } from "node:crypto";
import { DEFAULT_DATABASE_URL } from "@/lib/db-url";
import { migrate, openConnection, quoteIdent } from "@/lib/db-schema/migrate";

export interface TestDatabase {
  /** `mysql://…/p4g_test_<random>`, ready for `DATABASE_URL`. */
  url: string;
  name: string;
  /** Drops the database; safe to call twice. */
  drop(): Promise<void>;
}

/** The server tests use: TEST_DATABASE_URL, else DATABASE_URL, with the database part replaced. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** A URL for database `name` on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Test databases left behind by a killed run are dropped once they are this old. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * `p4g_test_[e2e_]<unix seconds, 8 hex><6 random hex>`: unique, and telling its age by its name,
 * so a later run can drop what a killed one left behind.
 */
export function newTestDatabaseName({ e2e = false }: { e2e?: boolean } = {}): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, "0");
  return `p4g_test_${e2e ? "e2e_" : ""}${seconds}${randomBytes(3).toString("hex")}`;
}

/** When a test database was created, from its name; null for names that do not say. */
export function testDatabaseCreatedAt(name: string): Date | null {
  const match = /^p4g_test_(?:e2e_)?([0-9a-f]{8})[0-9a-f]{6}$/.exec(name);
  return match ? new Date(Number.parseInt(match[1]!, 16) * 1000) : null;
}

/**
 * Drops the test databases of earlier runs that are older than `maxAgeMs`, and those named before
 * names carried their age. Runs once before the tests; never touches anything not named `p4g_test_*`.
 */
export async function dropStaleTestDatabases(maxAgeMs = STALE_AFTER_MS): Promise<string[]> {
  const conn = await openConnection(testServerUrl());
  try {
    const rows = (await conn.query("SHOW DATABASES LIKE 'p4g\\_test\\_%'")) as Record<string, string>[];
    const names = rows.map((row) => Object.values(row)[0]!);
    const stale = names.filter((name) => {
      const createdAt = testDatabaseCreatedAt(name);
      if (createdAt) return Date.now() - createdAt.getTime() > maxAgeMs;
      return /^p4g_test_(?:[0-9a-f]{12}|e2e_[0-9a-f]{8})$/.test(name);
    });
    for (const name of stale) await conn.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    return stale;
  } finally {
    await conn.end();
  }
}

/** A throwaway database with a unique name, migrated by our own migrate command. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = newTestDatabaseName();
  const url = testDatabaseUrl(name);
  if (options.migrate !== false) await migrate({ url });
  return { url, name, drop: () => dropTestDatabase(url, name) };
}

async function dropTestDatabase(url: string, name: string): Promise<void> {
  if (!name.startsWith("p4g_test_")) throw new Error(`Refusing to drop ${name}: not a test database`);
  const conn = await openConnection(url);
  try {
    await conn.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  } finally {
    await conn.end();
  }
}
