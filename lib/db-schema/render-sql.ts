import type { ColumnSpec, DbSchema, ForeignKeySpec, IndexSpec, TableSpec } from "./types";

// SQL in the exact shape `prisma migrate dev` writes for MySQL, so hand-made migrations read like Prisma's.

const q = (name: string) => `\`${name}\``;
const cols = (names: string[]) => names.map(q).join(", ");

export function renderColumn(column: ColumnSpec): string {
  let sql = `${q(column.name)} ${column.type} ${column.nullable ? "NULL" : "NOT NULL"}`;
  if (column.default !== null) sql += ` DEFAULT ${column.default}`;
  if (column.autoIncrement) sql += " AUTO_INCREMENT";
  return sql;
}

function indexKind(index: IndexSpec): string {
  return index.unique ? "UNIQUE " : index.fulltext ? "FULLTEXT " : "";
}

function renderIndexClause(index: IndexSpec): string {
  return `${indexKind(index)}INDEX ${q(index.name)}(${cols(index.columns)})`;
}

export function renderCreateTable(table: TableSpec): string {
  const lines = table.columns.map((c) => `    ${renderColumn(c)}`);
  const constraints = table.indexes.map((i) => `    ${renderIndexClause(i)}`);
  if (table.primaryKey.length) constraints.push(`    PRIMARY KEY (${cols(table.primaryKey)})`);
  const body = constraints.length ? `${lines.join(",\n")},\n\n${constraints.join(",\n")}` : lines.join(",\n");
  return `CREATE TABLE ${q(table.name)} (\n${body}\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`;
}

export function renderAddForeignKey(table: string, fk: ForeignKeySpec): string {
  return (
    `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${cols(fk.columns)}) ` +
    `REFERENCES ${q(fk.referencedTable)}(${cols(fk.referencedColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate};`
  );
}

export function renderCreateIndex(table: string, index: IndexSpec): string {
  return `CREATE ${indexKind(index)}INDEX ${q(index.name)} ON ${q(table)}(${cols(index.columns)});`;
}

export function renderDropIndex(table: string, index: string): string {
  return `DROP INDEX ${q(index)} ON ${q(table)};`;
}

export function renderDropForeignKey(table: string, fk: string): string {
  return `ALTER TABLE ${q(table)} DROP FOREIGN KEY ${q(fk)};`;
}

export function renderAddColumn(table: string, column: ColumnSpec): string {
  return `ALTER TABLE ${q(table)} ADD COLUMN ${renderColumn(column)};`;
}

export function renderModifyColumn(table: string, column: ColumnSpec): string {
  return `ALTER TABLE ${q(table)} MODIFY ${renderColumn(column)};`;
}

export function renderDropColumn(table: string, column: string): string {
  return `ALTER TABLE ${q(table)} DROP COLUMN ${q(column)};`;
}

export function renderDropTable(table: string): string {
  return `DROP TABLE ${q(table)};`;
}

/** One migration step: Prisma's `-- Title` comment line followed by the statement. */
export function renderStep(title: string, statement: string): string {
  return `-- ${title}\n${statement}`;
}

/** A whole migration.sql from steps, separated by blank lines as Prisma does. */
export function renderMigration(steps: string[]): string {
  return `${steps.join("\n\n")}\n`;
}

/** The migration that creates a schema from nothing: every table, then every foreign key. */
export function renderSchemaSql(schema: DbSchema): string {
  const steps = schema.tables.map((t) => renderStep("CreateTable", renderCreateTable(t)));
  for (const table of schema.tables) {
    for (const fk of table.foreignKeys)
      steps.push(renderStep("AddForeignKey", renderAddForeignKey(table.name, fk)));
  }
  return renderMigration(steps);
}
