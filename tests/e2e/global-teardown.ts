import { rm } from "node:fs/promises";
import { openConnection, quoteIdent } from "@/lib/db-schema/migrate";
import { e2eDatabaseUrl } from "./e2e-env";

/** Drops this run's database and removes its stored files once every journey is done. */
export default async function globalTeardown() {
  const url = e2eDatabaseUrl();
  const name = new URL(url).pathname.slice(1);
  const conn = await openConnection(url);
  try {
    await conn.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  } finally {
    await conn.end();
  }
  if (process.env.E2E_STORAGE_DIR) await rm(process.env.E2E_STORAGE_DIR, { recursive: true, force: true });
}
