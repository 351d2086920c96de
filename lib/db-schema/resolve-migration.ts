import { randomUUID } from "node:crypto";
import { poolConfigFromUrl } from "@/lib/db-url";
import { AppError } from "@/lib/errors";
import { listMigrations, MIGRATIONS_DIR } from "./list-migrations";
import { openConnection, quoteIdent } from "./migrate";

export interface ResolveOptions {
  url: string;
  name: string;
  /** `rolled-back`: the next migrate re-runs it; `applied`: it counts as done (you finished it by hand). */
  as: "rolled-back" | "applied";
  migrationsDir?: string;
}

/** Does what `prisma migrate resolve --rolled-back|--applied <name>` does to `_prisma_migrations`. */
export async function resolveMigration({
  url,
  name,
  as,
  migrationsDir = MIGRATIONS_DIR,
}: ResolveOptions): Promise<void> {
  const database = poolConfigFromUrl(url).database;
  if (!database) throw new AppError("invalid", "DATABASE_URL must name a database.");
  const conn = await openConnection(url);
  try {
    await conn.query(`USE ${quoteIdent(database)}`);
    const failed = (await conn.query(
      "SELECT `id` FROM `_prisma_migrations` WHERE `migration_name` = ? AND `finished_at` IS NULL AND `rolled_back_at` IS NULL",
      [name],
    )) as { id: string }[];

    if (as === "rolled-back") {
      if (failed.length === 0)
        throw new AppError(
          "conflict",
          `Migration "${name}" is not in a failed state, so it cannot be marked as rolled back.`,
        );
      await conn.query("UPDATE `_prisma_migrations` SET `rolled_back_at` = NOW(3) WHERE `id` IN (?)", [
        failed.map((r) => r.id),
      ]);
      return;
    }

    const local = listMigrations(migrationsDir).find((m) => m.name === name);
    if (!local) throw new AppError("not_found", `Migration "${name}" does not exist in ${migrationsDir}.`);
    const applied = (await conn.query(
      "SELECT `id` FROM `_prisma_migrations` WHERE `migration_name` = ? AND `finished_at` IS NOT NULL AND `rolled_back_at` IS NULL",
      [name],
    )) as unknown[];
    if (applied.length > 0)
      throw new AppError("conflict", `Migration "${name}" is already recorded as applied.`);
    if (failed.length > 0) {
      await conn.query("UPDATE `_prisma_migrations` SET `rolled_back_at` = NOW(3) WHERE `id` IN (?)", [
        failed.map((r) => r.id),
      ]);
    }
    await conn.query(
      "INSERT INTO `_prisma_migrations` (`id`, `checksum`, `started_at`, `finished_at`, `migration_name`, `applied_steps_count`) VALUES (?, ?, NOW(3), NOW(3), ?, 0)",
      [randomUUID(), local.checksum, name],
    );
  } finally {
    await conn.end().catch(() => conn.destroy());
  }
}
