import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface LocalMigration {
  /** The folder name, e.g. `20261122000000_init`: Prisma's `migration_name`. */
  name: string;
  sql: string;
  /** sha256 hex of migration.sql's bytes, as Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/** The migration folders on disk in the order Prisma applies them (by name). */
export function listMigrations(dir = MIGRATIONS_DIR): LocalMigration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    });
}
