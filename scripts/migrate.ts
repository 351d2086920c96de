// `npm run db:migrate`: applies pending SQL migrations (see lib/db-schema/migrate.ts).
// `npm run db:migrate -- --rolled-back <name>` / `--applied <name>` resolves a failed migration.
import { DEFAULT_DATABASE_URL, unreachableMessage } from "@/lib/db-url";
import { AppError } from "@/lib/errors";
import { isUnreachableError } from "@/lib/db-schema/is-unreachable-error";
import { migrate } from "@/lib/db-schema/migrate";
import { resolveMigration } from "@/lib/db-schema/resolve-migration";

const HELP = `Usage: npm run db:migrate [-- --rolled-back <migration> | --applied <migration>]
  (no options)               apply pending migrations in prisma/migrations to DATABASE_URL
  --rolled-back <migration>  mark a failed migration as rolled back; the next run applies it again
  --applied <migration>      mark a failed or pending migration as applied (you completed it by hand)`;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return;
  }
  try {
    const flag = args[0];
    if (flag === "--rolled-back" || flag === "--applied") {
      const name = args[1];
      if (!name) throw new AppError("invalid", `${flag} needs a migration name.\n${HELP}`);
      await resolveMigration({ url, name, as: flag === "--applied" ? "applied" : "rolled-back" });
      console.log(`Marked migration ${name} as ${flag.slice(2)}.`);
      return;
    }
    if (flag) throw new AppError("invalid", `Unknown option ${flag}.\n${HELP}`);

    const { applied } = await migrate({ url, log: (line) => console.log(line) });
    const database = new URL(url).pathname.slice(1);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${database}.`
        : `Database ${database} is up to date.`,
    );
  } catch (error) {
    if (isUnreachableError(error)) console.error(unreachableMessage(url, error));
    else if (error instanceof AppError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  }
}

await main();
