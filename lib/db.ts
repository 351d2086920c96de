import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_DATABASE_URL, poolConfigFromUrl } from "@/lib/db-url";

function createClient() {
  const adapter = new PrismaMariaDb(poolConfigFromUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL));
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { db?: Db };

/** The one Prisma client, cached on globalThis so dev reloads reuse its pool. */
export const db: Db = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
