// Vitest setupFile of the integration project: every test FILE gets its own freshly migrated database,
// in DATABASE_URL before the file imports lib/db.ts, dropped when the file is done.
import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-db";

// Next's server makes AsyncLocalStorage global before loading its modules, which keep request scopes
// in it (next/headers in server actions); without it they get a stand-in that refuses every scope.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

const globalForDb = globalThis as unknown as { db?: { $disconnect(): Promise<void> } };

// A worker may run several files; a client cached on globalThis would still point at the previous database.
delete globalForDb.db;

const testDb = await createTestDatabase();
process.env.DATABASE_URL = testDb.url;
process.env.TEST_DATABASE_NAME = testDb.name;

afterAll(async () => {
  await globalForDb.db?.$disconnect();
  delete globalForDb.db;
  await testDb.drop();
});
