import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_DATABASE_URL, poolConfigFromUrl } from "@/lib/db-url";

function createClient() {
  const adapter = new PrismaMariaDb(poolConfigFromUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL));
  return new PrismaClient({
    adapter,
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    // Prisma's defaults (2 s to get a connection, 5 s to finish) fail short transactions on a busy
    // two-core host, e.g. a webhook arriving during an upload burst. Waiting a little longer is
    // better than answering 500 for work that would have succeeded.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { db?: Db };

/** The one Prisma client, cached on globalThis so dev reloads reuse its pool. */
export const db: Db = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
