// Vitest setupFile of the integration project: every test FILE gets its own freshly migrated database,
// in DATABASE_URL before the file imports lib/db.ts, dropped when the file is done.
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-db";

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
