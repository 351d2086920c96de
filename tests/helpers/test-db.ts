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

/** A throwaway database with a unique name, migrated by our own migrate command. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `p4g_test_${randomBytes(6).toString("hex")}`;
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
