import { poolConfigFromUrl } from "@/lib/db-url";
import { openConnection } from "./migrate";
import type { ColumnSpec, DbSchema, ForeignKeySpec, IndexSpec, ReferentialAction, TableSpec } from "./types";

/** Tables that belong to the migration machinery, not to schema.prisma. */
export const IGNORED_TABLES = new Set(["_prisma_migrations"]);

interface ColumnRow {
  TABLE_NAME: string;
  COLUMN_NAME: string;
  COLUMN_TYPE: string;
  IS_NULLABLE: "YES" | "NO";
  COLUMN_DEFAULT: string | null;
  EXTRA: string;
}
interface IndexRow {
  TABLE_NAME: string;
  INDEX_NAME: string;
  NON_UNIQUE: number | string;
  COLUMN_NAME: string;
  INDEX_TYPE: string;
}
interface ForeignKeyRow {
  TABLE_NAME: string;
  CONSTRAINT_NAME: string;
  COLUMN_NAME: string;
  REFERENCED_TABLE_NAME: string;
  REFERENCED_COLUMN_NAME: string;
  UPDATE_RULE: ReferentialAction;
  DELETE_RULE: ReferentialAction;
}

/** The schema of the database in `url` as information_schema describes it (types as MySQL spells them). */
export async function readLiveSchema(url: string): Promise<DbSchema> {
  const database = poolConfigFromUrl(url).database;
  if (!database) throw new Error("The database URL must name a database");
  const conn = await openConnection(url);
  try {
    const tableRows = (await conn.query(
      "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
      [database],
    )) as { TABLE_NAME: string }[];
    const columnRows = (await conn.query(
      "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION",
      [database],
    )) as ColumnRow[];
    const indexRows = (await conn.query(
      "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
      [database],
    )) as IndexRow[];
    const fkRows = (await conn.query(
      `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
       FROM information_schema.KEY_COLUMN_USAGE k
       JOIN information_schema.REFERENTIAL_CONSTRAINTS r
         ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
       WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
       ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
      [database],
    )) as ForeignKeyRow[];

    const tables = tableRows
      .map((t) => t.TABLE_NAME)
      .filter((name) => !IGNORED_TABLES.has(name))
      .map((name): TableSpec => {
        const columns = columnRows
          .filter((c) => c.TABLE_NAME === name)
          .map((c): ColumnSpec => ({
            name: c.COLUMN_NAME,
            type: c.COLUMN_TYPE,
            nullable: c.IS_NULLABLE === "YES",
            // MariaDB reports "no default" on a nullable column as the word NULL.
            default: c.COLUMN_DEFAULT === null || c.COLUMN_DEFAULT === "NULL" ? null : c.COLUMN_DEFAULT,
            autoIncrement: /auto_increment/i.test(c.EXTRA),
          }));

        const byIndex = new Map<string, IndexSpec>();
        for (const row of indexRows.filter((i) => i.TABLE_NAME === name)) {
          const index = byIndex.get(row.INDEX_NAME) ?? {
            name: row.INDEX_NAME,
            columns: [],
            unique: Number(row.NON_UNIQUE) === 0,
            ...(row.INDEX_TYPE === "FULLTEXT" ? { fulltext: true } : {}),
          };
          index.columns.push(row.COLUMN_NAME);
          byIndex.set(row.INDEX_NAME, index);
        }
        const primaryKey = byIndex.get("PRIMARY")?.columns ?? [];
        byIndex.delete("PRIMARY");

        const byFk = new Map<string, ForeignKeySpec>();
        for (const row of fkRows.filter((f) => f.TABLE_NAME === name)) {
          const fk = byFk.get(row.CONSTRAINT_NAME) ?? {
            name: row.CONSTRAINT_NAME,
            columns: [],
            referencedTable: row.REFERENCED_TABLE_NAME,
            referencedColumns: [],
            onDelete: row.DELETE_RULE,
            onUpdate: row.UPDATE_RULE,
          };
          fk.columns.push(row.COLUMN_NAME);
          fk.referencedColumns.push(row.REFERENCED_COLUMN_NAME);
          byFk.set(row.CONSTRAINT_NAME, fk);
        }

        return { name, columns, primaryKey, indexes: [...byIndex.values()], foreignKeys: [...byFk.values()] };
      });
    return { tables };
  } finally {
    await conn.end().catch(() => conn.destroy());
  }
}
