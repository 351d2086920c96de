import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, MIGRATIONS_DIR } from "@/lib/db-schema/list-migrations";
import { migrate, openConnection, quoteIdent } from "@/lib/db-schema/migrate";
import { resolveMigration } from "@/lib/db-schema/resolve-migration";
import {
  createTestDatabase,
  newTestDatabaseName,
  testDatabaseUrl,
  type TestDatabase,
} from "../helpers/test-db";

interface Row {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const conn = await openConnection(url);
  try {
    await conn.query(`USE ${quoteIdent(new URL(url).pathname.slice(1))}`);
    return (await conn.query(sql, params)) as T[];
  } finally {
    await conn.end();
  }
}

const rows = (url: string) =>
  query<Row>(url, "SELECT * FROM `_prisma_migrations` ORDER BY `started_at`, `migration_name`");

/** An empty, unmigrated database of this test's own, dropped after the file. */
async function emptyDatabase(): Promise<TestDatabase> {
  const testDb = await createTestDatabase({ migrate: false });
  cleanups.push(() => testDb.drop());
  return testDb;
}

/** A copy of prisma/migrations this test may change. */
function migrationsCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "p4g-migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

function runMigrateScript(databaseUrl: string, viaNpmScript = false) {
  const tsx = path.join("node_modules", ".bin", "tsx");
  const [cmd, args] = viaNpmScript
    ? ["node", ["scripts/with-env.mjs", tsx, "scripts/migrate.ts"]]
    : [tsx, ["scripts/migrate.ts"]];
  const result = spawnSync(cmd, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe("npm run db:migrate", () => {
  it("records every migration in _prisma_migrations the way Prisma does", async () => {
    const url = process.env.DATABASE_URL!;
    const local = listMigrations();
    expect(local.map((m) => m.name)).toContain("20261122000000_init");
    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const row of recorded) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
  });

  it("creates _prisma_migrations with Prisma's columns", async () => {
    const columns = await query<{ COLUMN_NAME: string; COLUMN_TYPE: string; IS_NULLABLE: string }>(
      process.env.DATABASE_URL!,
      "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_prisma_migrations' ORDER BY ORDINAL_POSITION",
    );
    expect(columns.map((c) => `${c.COLUMN_NAME} ${c.COLUMN_TYPE} ${c.IS_NULLABLE}`)).toEqual([
      "id varchar(36) NO",
      "checksum varchar(64) NO",
      "finished_at datetime(3) YES",
      "migration_name varchar(255) NO",
      "logs text YES",
      "rolled_back_at datetime(3) YES",
      "started_at datetime(3) NO",
      "applied_steps_count int(10) unsigned NO",
    ]);
  });

  it("applies nothing on a second run", async () => {
    const url = process.env.DATABASE_URL!;
    const before = await rows(url);
    expect(await migrate({ url })).toEqual({ applied: [] });
    expect(await rows(url)).toEqual(before);
  });

  it("creates the database when it is missing, through the npm command", async () => {
    const name = newTestDatabaseName();
    const url = testDatabaseUrl(name);
    cleanups.push(() => query(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`).then(() => undefined));
    const result = runMigrateScript(url, true);
    expect(result.output).toContain(`Applied ${listMigrations().length} migration(s) to ${name}`);
    expect(result.status).toBe(0);
    const tables = await query<{ TABLE_NAME: string }>(
      url,
      "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()",
    );
    expect(tables.map((t) => t.TABLE_NAME)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "User", "Model", "MediaItem"]),
    );
    expect(runMigrateScript(url).output).toContain(`Database ${name} is up to date.`);
  });

  it("lets only one of two simultaneous runs apply each migration", async () => {
    const { url } = await emptyDatabase();
    const [a, b] = await Promise.all([migrate({ url }), migrate({ url })]);
    expect([...a.applied, ...b.applied].sort()).toEqual(listMigrations().map((m) => m.name));
    expect((await rows(url)).length).toBe(listMigrations().length);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const { url } = await emptyDatabase();
    const dir = migrationsCopy();
    await migrate({ url, migrationsDir: dir });
    appendFileSync(path.join(dir, "20261122000000_init", "migration.sql"), "\n-- a later edit\n");
    addMigration(dir, "20990101000000_next", "CREATE TABLE `Later` (`id` INTEGER NOT NULL);\n");

    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /Migration "20261122000000_init" was modified after it was applied/,
    );
    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).not.toContain("20990101000000_next");
  });

  it("records a failed migration and blocks later runs until it is resolved", async () => {
    const { url } = await emptyDatabase();
    const dir = migrationsCopy();
    addMigration(
      dir,
      "20990101000000_broken",
      "CREATE TABLE `Half` (`id` INTEGER NOT NULL);\nSELECT * FROM `no_such_table`;\n",
    );
    addMigration(dir, "20990102000000_after", "CREATE TABLE `After` (`id` INTEGER NOT NULL);\n");

    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /Migration "20990101000000_broken" failed: .*no_such_table/,
    );
    let recorded = await rows(url);
    const failed = recorded.find((r) => r.migration_name === "20990101000000_broken");
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toContain("no_such_table");
    expect(recorded.map((r) => r.migration_name)).not.toContain("20990102000000_after");

    // Even with the file fixed, nothing runs until someone resolves the failure.
    addMigration(
      dir,
      "20990101000000_broken",
      "CREATE TABLE IF NOT EXISTS `Half` (`id` INTEGER NOT NULL);\n",
    );
    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /Migration "20990101000000_broken" failed .* no further migrations will run until it is resolved/,
    );

    await resolveMigration({ url, name: "20990101000000_broken", as: "rolled-back", migrationsDir: dir });
    expect((await migrate({ url, migrationsDir: dir })).applied).toEqual([
      "20990101000000_broken",
      "20990102000000_after",
    ]);
    recorded = await rows(url);
    const attempts = recorded.filter((r) => r.migration_name === "20990101000000_broken");
    expect(attempts).toHaveLength(2);
    expect(attempts.filter((r) => r.rolled_back_at !== null)).toHaveLength(1);
    expect(attempts.filter((r) => r.finished_at !== null && r.applied_steps_count === 1)).toHaveLength(1);
  });

  it("says in one line that MySQL cannot be reached, without a stack trace", () => {
    for (const viaNpmScript of [false, true]) {
      const result = runMigrateScript("mysql://root@127.0.0.1:1/phoenix4ge", viaNpmScript);
      expect(result.status).toBe(1);
      expect(result.output.split("\n")).toHaveLength(1);
      expect(result.output).toMatch(/^Cannot reach MySQL at 127\.0\.0\.1:1 .*DATABASE_URL/);
      expect(result.output).not.toMatch(/^\s+at |\.ts:\d+|Error:/m);
    }
  });
});
