// `npm run db:diff`: migrates a scratch database with prisma/migrations, compares it with schema.prisma
// and prints each difference and the SQL for a new migration. Exits 1 when they differ.
// `npm run db:diff -- --create <name>` also writes that SQL to prisma/migrations/<timestamp>_<name>/.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, unreachableMessage } from "@/lib/db-url";
import { AppError } from "@/lib/errors";
import { compareSchemas, renderFixSql } from "@/lib/db-schema/compare-schemas";
import { expectedSchemaFromFile } from "@/lib/db-schema/expected-schema";
import { isUnreachableError } from "@/lib/db-schema/is-unreachable-error";
import { MIGRATIONS_DIR } from "@/lib/db-schema/list-migrations";
import { migrate, openConnection, quoteIdent } from "@/lib/db-schema/migrate";
import { readLiveSchema } from "@/lib/db-schema/read-live-schema";

async function main(): Promise<number> {
  const serverUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const args = process.argv.slice(2);
  const createIndex = args.indexOf("--create");
  const createName = createIndex >= 0 ? args[createIndex + 1] : undefined;
  if (createIndex >= 0 && !/^[a-z0-9_]+$/.test(createName ?? "")) {
    console.error("Usage: npm run db:diff [-- --create <name_in_snake_case>]");
    return 1;
  }

  const scratch = `p4g_scratch_${randomBytes(6).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  try {
    await migrate({ url: url.toString() });
    const differences = compareSchemas(expectedSchemaFromFile(), await readLiveSchema(url.toString()));
    if (differences.length === 0) {
      console.log("The migrations in prisma/migrations produce exactly what schema.prisma describes.");
      return 0;
    }
    const sql = renderFixSql(differences);
    console.log(`schema.prisma and prisma/migrations differ (${differences.length}):`);
    for (const d of differences) console.log(`  - ${d.message}`);
    if (createName) {
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const file = path.join(MIGRATIONS_DIR, `${stamp}_${createName}`, "migration.sql");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, sql);
      console.log(`\nWrote ${path.relative(process.cwd(), file)}; review it, then run npm run db:migrate.`);
    } else {
      console.log(
        `\nSQL for a new prisma/migrations/<yyyymmddHHMMSS>_<name>/migration.sql (or run npm run db:diff -- --create <name>):\n`,
      );
      console.log(sql);
    }
    return 1;
  } catch (error) {
    if (isUnreachableError(error)) console.error(unreachableMessage(serverUrl, error));
    else if (error instanceof AppError) console.error(error.message);
    else console.error(error);
    return 1;
  } finally {
    await dropScratch(url.toString(), scratch);
  }
}

async function dropScratch(url: string, name: string): Promise<void> {
  const conn = await openConnection(url).catch(() => null);
  if (!conn) return;
  await conn.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).catch(() => undefined);
  await conn.end();
}

process.exitCode = await main();
