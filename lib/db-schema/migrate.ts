import { createHash, randomUUID } from "node:crypto";
import mariadb, { type Connection } from "mariadb";
import { poolConfigFromUrl } from "@/lib/db-url";
import { AppError } from "@/lib/errors";
import { listMigrations, MIGRATIONS_DIR } from "./list-migrations";

export interface MigrateOptions {
  url: string;
  /** Defaults to prisma/migrations in the working directory. */
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for another process's migration to finish, in seconds. */
  lockTimeoutSeconds?: number;
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

// The exact table `prisma migrate` creates on MySQL, so its history is shared with ours.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS \`_prisma_migrations\` (
    \`id\`                    VARCHAR(36) PRIMARY KEY NOT NULL,
    \`checksum\`              VARCHAR(64) NOT NULL,
    \`finished_at\`           DATETIME(3),
    \`migration_name\`        VARCHAR(255) NOT NULL,
    \`logs\`                  TEXT,
    \`rolled_back_at\`        DATETIME(3),
    \`started_at\`            DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    \`applied_steps_count\`   INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

/**
 * Applies pending migrations from prisma/migrations the way `prisma migrate deploy` does, recording
 * them in `_prisma_migrations`. Creates the database when missing; one process at a time per database.
 */
export async function migrate({
  url,
  migrationsDir = MIGRATIONS_DIR,
  log = () => {},
  lockTimeoutSeconds = 120,
}: MigrateOptions): Promise<{ applied: string[] }> {
  const config = poolConfigFromUrl(url);
  const database = config.database;
  if (!database)
    throw new AppError(
      "invalid",
      "DATABASE_URL must name a database, e.g. mysql://root@127.0.0.1:3306/phoenix4ge",
    );

  const conn = await openConnection(url);
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS ${quoteIdent(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const applied = await withLock(conn, database, lockTimeoutSeconds, async () => {
      await conn.query(`USE ${quoteIdent(database)}`);
      await conn.query(CREATE_MIGRATIONS_TABLE);
      return applyPending(conn, migrationsDir, log);
    });
    return { applied };
  } finally {
    await conn.end().catch(() => conn.destroy());
  }
}

/** Connects to the server (not the database, which may not exist yet) with multi-statement scripts allowed. */
export async function openConnection(url: string): Promise<Connection> {
  const { host, port, user, password } = poolConfigFromUrl(url);
  return mariadb.createConnection({
    host,
    port,
    user,
    password,
    multipleStatements: true,
    connectTimeout: 5000,
    bigIntAsNumber: true,
  });
}

export function quoteIdent(name: string): string {
  return `\`${name.replace(/`/g, "``")}\``;
}

/** MySQL's named lock, held for the whole run, so two processes never migrate the same database at once. */
async function withLock<T>(
  conn: Connection,
  database: string,
  timeoutSeconds: number,
  fn: () => Promise<T>,
): Promise<T> {
  const name = `p4g_migrate_${createHash("sha1").update(database).digest("hex").slice(0, 40)}`;
  const [row] = (await conn.query("SELECT GET_LOCK(?, ?) AS got", [name, timeoutSeconds])) as {
    got: number | null;
  }[];
  if (row?.got !== 1) {
    throw new AppError(
      "conflict",
      `Another process has been migrating database "${database}" for over ${timeoutSeconds}s; try again when it has finished.`,
    );
  }
  try {
    return await fn();
  } finally {
    await conn.query("SELECT RELEASE_LOCK(?)", [name]).catch(() => undefined);
  }
}

async function applyPending(
  conn: Connection,
  migrationsDir: string,
  log: (line: string) => void,
): Promise<string[]> {
  const rows = (await conn.query(
    "SELECT * FROM `_prisma_migrations` WHERE `rolled_back_at` IS NULL ORDER BY `started_at`, `migration_name`",
  )) as MigrationRow[];

  // Like Prisma: a failed migration blocks everything until someone resolves it.
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) {
    throw new AppError(
      "conflict",
      `Migration "${failed.migration_name}" failed (started ${failed.started_at.toISOString()}) and no further migrations will run until it is resolved. ` +
        `Error: ${firstLine(failed.logs)}. Fix the database by hand, then mark it with ` +
        `\`npm run db:migrate -- --rolled-back ${failed.migration_name}\` (to re-run it) or \`--applied ${failed.migration_name}\` (if you completed it).`,
    );
  }

  const local = listMigrations(migrationsDir);
  const localByName = new Map(local.map((m) => [m.name, m]));
  const done = new Map(rows.map((r) => [r.migration_name, r]));

  for (const row of rows) {
    const file = localByName.get(row.migration_name);
    if (!file) {
      log(
        `Warning: migration "${row.migration_name}" is recorded in the database but missing from ${migrationsDir}.`,
      );
    } else if (file.checksum !== row.checksum) {
      throw new AppError(
        "conflict",
        `Migration "${row.migration_name}" was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
          `${file.checksum.slice(0, 12)}… on disk). Restore its migration.sql and put the change in a new migration (npm run db:diff prints the SQL).`,
      );
    }
  }

  const applied: string[] = [];
  for (const migration of local) {
    if (done.has(migration.name)) continue;
    log(`Applying migration ${migration.name}`);
    const id = randomUUID();
    await conn.query(
      "INSERT INTO `_prisma_migrations` (`id`, `checksum`, `started_at`, `migration_name`) VALUES (?, ?, NOW(3), ?)",
      [id, migration.checksum, migration.name],
    );
    try {
      if (migration.sql.trim()) await conn.query(migration.sql);
    } catch (error) {
      await conn.query("UPDATE `_prisma_migrations` SET `logs` = ? WHERE `id` = ?", [
        describeSqlError(error),
        id,
      ]);
      throw new AppError(
        "conflict",
        `Migration "${migration.name}" failed: ${firstLine(sqlMessage(error))}. Nothing after it was applied. ` +
          `Fix the database and the file, then resolve it (npm run db:migrate -- --help).`,
        { cause: error },
      );
    }
    // Prisma counts one step per migration script and records the finish time last.
    await conn.query(
      "UPDATE `_prisma_migrations` SET `applied_steps_count` = `applied_steps_count` + 1, `finished_at` = NOW(3) WHERE `id` = ?",
      [id],
    );
    applied.push(migration.name);
  }
  return applied;
}

/** The error text Prisma writes into `_prisma_migrations.logs`. */
function describeSqlError(error: unknown): string {
  const errno = (error as { errno?: number }).errno;
  return `Database error code: ${errno ?? "unknown"}\n\nDatabase error:\n${sqlMessage(error)}`;
}

function sqlMessage(error: unknown): string {
  const e = error as { sqlMessage?: string; message?: string };
  return e.sqlMessage ?? e.message ?? String(error);
}

function firstLine(text: string | null): string {
  return (text ?? "no error recorded").split("\n").find((l) => l.trim()) ?? "no error recorded";
}
