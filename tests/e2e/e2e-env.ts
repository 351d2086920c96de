import { openConnection, quoteIdent } from "@/lib/db-schema/migrate";
import { DEFAULT_DATABASE_URL } from "@/lib/db-url";

/** The owner every journey starts from (seeded by global-setup). */
export const OWNER = { email: "e2e-owner@example.com", password: "e2e owner password", name: "Erin Owner" };

/** The throwaway database of this run, on the same server as the tests' (TEST_DATABASE_URL or DATABASE_URL). */
export function e2eDatabaseUrl(): string {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name?.startsWith("p4g_test_"))
    throw new Error("E2E_DATABASE_NAME must be set by playwright.config.ts");
  const url = new URL(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One SQL statement against this run's database, on a connection of its own. */
export async function queryE2eDb<T = unknown>(sql: string, values: unknown[] = []): Promise<T> {
  const url = e2eDatabaseUrl();
  const conn = await openConnection(url);
  try {
    await conn.query(`USE ${quoteIdent(new URL(url).pathname.slice(1))}`);
    return (await conn.query(sql, values)) as T;
  } finally {
    await conn.end();
  }
}
