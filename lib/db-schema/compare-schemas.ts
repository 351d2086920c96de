import { normalizeDefault, normalizeType } from "./normalize-column";
import {
  renderAddColumn,
  renderAddForeignKey,
  renderCreateIndex,
  renderCreateTable,
  renderDropColumn,
  renderDropForeignKey,
  renderDropIndex,
  renderDropTable,
  renderModifyColumn,
} from "./render-sql";
import type { DbSchema, ForeignKeySpec, IndexSpec, TableSpec } from "./types";

export type DifferenceKind =
  | "missing-table"
  | "extra-table"
  | "missing-column"
  | "extra-column"
  | "column-type"
  | "column-nullability"
  | "column-default"
  | "primary-key"
  | "missing-index"
  | "extra-index"
  | "index-columns"
  | "index-uniqueness"
  | "missing-foreign-key"
  | "extra-foreign-key"
  | "foreign-key";

/** One SQL statement that repairs (part of) a difference; `order` sequences them safely across differences. */
export interface FixStep {
  order: number;
  title: string;
  sql: string;
}

export interface SchemaDifference {
  kind: DifferenceKind;
  table: string;
  /** The column, index or foreign key concerned, when there is one. */
  name?: string;
  /** A sentence naming what differs, e.g. `Column "User.nickname" is missing from the database`. */
  message: string;
  fix: FixStep[];
}

// Drop constraints first, then create tables, change columns, indexes, drop tables, add constraints last.
const ORDER = {
  dropFk: 0,
  dropIndex: 1,
  createTable: 2,
  alterTable: 3,
  createIndex: 4,
  dropTable: 5,
  addFk: 6,
};

/**
 * What differs between the schema schema.prisma wants (`expected`) and a database (`live`): tables, columns
 * (type, nullability, default), primary keys, indexes (columns, uniqueness) and foreign keys (actions).
 */
export function compareSchemas(expected: DbSchema, live: DbSchema): SchemaDifference[] {
  const diffs: SchemaDifference[] = [];
  const liveByName = new Map(live.tables.map((t) => [t.name, t]));
  const expectedNames = new Set(expected.tables.map((t) => t.name));

  for (const want of expected.tables) {
    const have = liveByName.get(want.name);
    if (!have) {
      diffs.push({
        kind: "missing-table",
        table: want.name,
        message: `Table "${want.name}" is missing from the database`,
        fix: [
          { order: ORDER.createTable, title: "CreateTable", sql: renderCreateTable(want) },
          ...want.foreignKeys.map((fk) => ({
            order: ORDER.addFk,
            title: "AddForeignKey",
            sql: renderAddForeignKey(want.name, fk),
          })),
        ],
      });
      continue;
    }
    diffs.push(
      ...compareColumns(want, have),
      ...comparePrimaryKey(want, have),
      ...compareIndexes(want, have),
      ...compareForeignKeys(want, have),
    );
  }

  for (const have of live.tables) {
    if (expectedNames.has(have.name)) continue;
    diffs.push({
      kind: "extra-table",
      table: have.name,
      message: `Table "${have.name}" exists in the database but not in schema.prisma`,
      fix: [
        ...have.foreignKeys.map((fk) => ({
          order: ORDER.dropFk,
          title: "DropForeignKey",
          sql: renderDropForeignKey(have.name, fk.name),
        })),
        { order: ORDER.dropTable, title: "DropTable", sql: renderDropTable(have.name) },
      ],
    });
  }
  return diffs;
}

function compareColumns(want: TableSpec, have: TableSpec): SchemaDifference[] {
  const diffs: SchemaDifference[] = [];
  const haveByName = new Map(have.columns.map((c) => [c.name, c]));
  const t = want.name;
  for (const col of want.columns) {
    const live = haveByName.get(col.name);
    const where = `Column "${t}.${col.name}"`;
    if (!live) {
      diffs.push({
        kind: "missing-column",
        table: t,
        name: col.name,
        message: `${where} is missing from the database`,
        fix: [{ order: ORDER.alterTable, title: "AlterTable", sql: renderAddColumn(t, col) }],
      });
      continue;
    }
    const modify = [{ order: ORDER.alterTable, title: "AlterTable", sql: renderModifyColumn(t, col) }];
    if (normalizeType(col.type) !== normalizeType(live.type)) {
      diffs.push({
        kind: "column-type",
        table: t,
        name: col.name,
        message: `${where} has type ${live.type} in the database but schema.prisma wants ${col.type}`,
        fix: modify,
      });
    }
    if (col.nullable !== live.nullable) {
      diffs.push({
        kind: "column-nullability",
        table: t,
        name: col.name,
        message: `${where} is ${live.nullable ? "nullable" : "NOT NULL"} in the database but ${col.nullable ? "optional" : "required"} in schema.prisma`,
        fix: modify,
      });
    }
    if (normalizeDefault(col.default, col.type) !== normalizeDefault(live.default, live.type)) {
      diffs.push({
        kind: "column-default",
        table: t,
        name: col.name,
        message: `${where} has default ${live.default ?? "none"} in the database but schema.prisma wants ${col.default ?? "none"}`,
        fix: modify,
      });
    }
  }
  const wanted = new Set(want.columns.map((c) => c.name));
  for (const col of have.columns) {
    if (wanted.has(col.name)) continue;
    diffs.push({
      kind: "extra-column",
      table: t,
      name: col.name,
      message: `Column "${t}.${col.name}" exists in the database but not in schema.prisma`,
      fix: [{ order: ORDER.alterTable, title: "AlterTable", sql: renderDropColumn(t, col.name) }],
    });
  }
  return diffs;
}

function comparePrimaryKey(want: TableSpec, have: TableSpec): SchemaDifference[] {
  if (same(want.primaryKey, have.primaryKey)) return [];
  const cols = (c: string[]) => (c.length ? `(${c.join(", ")})` : "none");
  const q = (n: string) => `\`${n}\``;
  const changes = [
    ...(have.primaryKey.length ? ["DROP PRIMARY KEY"] : []),
    ...(want.primaryKey.length ? [`ADD PRIMARY KEY (${want.primaryKey.map(q).join(", ")})`] : []),
  ];
  return [
    {
      kind: "primary-key",
      table: want.name,
      message: `Primary key of "${want.name}" is ${cols(have.primaryKey)} in the database but schema.prisma wants ${cols(want.primaryKey)}`,
      fix: [
        {
          order: ORDER.alterTable,
          title: "AlterTable",
          sql: `ALTER TABLE ${q(want.name)} ${changes.join(",\n    ")};`,
        },
      ],
    },
  ];
}

function compareIndexes(want: TableSpec, have: TableSpec): SchemaDifference[] {
  const diffs: SchemaDifference[] = [];
  const t = want.name;
  const haveByName = new Map(have.indexes.map((i) => [i.name, i]));
  const describe = (i: IndexSpec) =>
    `${i.unique ? "unique index" : i.fulltext ? "full-text index" : "index"} "${i.name}" on ${t}(${i.columns.join(", ")})`;
  const recreate = (i: IndexSpec): FixStep[] => [
    { order: ORDER.dropIndex, title: "DropIndex", sql: renderDropIndex(t, i.name) },
    { order: ORDER.createIndex, title: "CreateIndex", sql: renderCreateIndex(t, i) },
  ];

  for (const index of want.indexes) {
    const live = haveByName.get(index.name);
    if (!live) {
      diffs.push({
        kind: "missing-index",
        table: t,
        name: index.name,
        message: `${capitalize(describe(index))} is missing from the database`,
        fix: [{ order: ORDER.createIndex, title: "CreateIndex", sql: renderCreateIndex(t, index) }],
      });
    } else if (live.unique !== index.unique) {
      diffs.push({
        kind: "index-uniqueness",
        table: t,
        name: index.name,
        message: `Index "${index.name}" on ${t} is ${live.unique ? "unique" : "not unique"} in the database but schema.prisma wants it ${index.unique ? "unique" : "not unique"}`,
        fix: recreate(index),
      });
    } else if (Boolean(live.fulltext) !== Boolean(index.fulltext)) {
      diffs.push({
        kind: "index-uniqueness",
        table: t,
        name: index.name,
        message: `Index "${index.name}" on ${t} is ${live.fulltext ? "a full-text index" : "an ordinary index"} in the database but schema.prisma wants ${index.fulltext ? "a full-text index" : "an ordinary index"}`,
        fix: recreate(index),
      });
    } else if (!same(live.columns, index.columns)) {
      diffs.push({
        kind: "index-columns",
        table: t,
        name: index.name,
        message: `Index "${index.name}" on ${t} covers (${live.columns.join(", ")}) in the database but schema.prisma wants (${index.columns.join(", ")})`,
        fix: recreate(index),
      });
    }
  }

  const wanted = new Set(want.indexes.map((i) => i.name));
  for (const index of have.indexes) {
    if (wanted.has(index.name) || isImplicitForeignKeyIndex(index, want.foreignKeys)) continue;
    diffs.push({
      kind: "extra-index",
      table: t,
      name: index.name,
      message: `${capitalize(describe(index))} exists in the database but not in schema.prisma`,
      fix: [{ order: ORDER.dropIndex, title: "DropIndex", sql: renderDropIndex(t, index.name) }],
    });
  }
  return diffs;
}

// InnoDB adds an index named after a foreign key whose columns no other index covers; Prisma ignores it too.
function isImplicitForeignKeyIndex(index: IndexSpec, foreignKeys: ForeignKeySpec[]): boolean {
  return !index.unique && foreignKeys.some((fk) => fk.name === index.name && same(fk.columns, index.columns));
}

function compareForeignKeys(want: TableSpec, have: TableSpec): SchemaDifference[] {
  const diffs: SchemaDifference[] = [];
  const t = want.name;
  const haveByName = new Map(have.foreignKeys.map((f) => [f.name, f]));
  const describe = (fk: ForeignKeySpec) =>
    `${t}(${fk.columns.join(", ")}) → ${fk.referencedTable}(${fk.referencedColumns.join(", ")}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;

  for (const fk of want.foreignKeys) {
    const live = haveByName.get(fk.name);
    const add: FixStep = { order: ORDER.addFk, title: "AddForeignKey", sql: renderAddForeignKey(t, fk) };
    if (!live) {
      diffs.push({
        kind: "missing-foreign-key",
        table: t,
        name: fk.name,
        message: `Foreign key "${fk.name}" (${describe(fk)}) is missing from the database`,
        fix: [add],
      });
    } else if (describe(live) !== describe(fk)) {
      diffs.push({
        kind: "foreign-key",
        table: t,
        name: fk.name,
        message: `Foreign key "${fk.name}" is ${describe(live)} in the database but schema.prisma wants ${describe(fk)}`,
        fix: [{ order: ORDER.dropFk, title: "DropForeignKey", sql: renderDropForeignKey(t, fk.name) }, add],
      });
    }
  }
  const wanted = new Set(want.foreignKeys.map((f) => f.name));
  for (const fk of have.foreignKeys) {
    if (wanted.has(fk.name)) continue;
    diffs.push({
      kind: "extra-foreign-key",
      table: t,
      name: fk.name,
      message: `Foreign key "${fk.name}" (${describe(fk)}) exists in the database but not in schema.prisma`,
      fix: [{ order: ORDER.dropFk, title: "DropForeignKey", sql: renderDropForeignKey(t, fk.name) }],
    });
  }
  return diffs;
}

/** The SQL that turns the database into what schema.prisma wants, as a migration.sql body (or "" when none). */
export function renderFixSql(diffs: SchemaDifference[]): string {
  const seen = new Set<string>();
  const steps = diffs
    .flatMap((d) => d.fix)
    .filter((s) => (seen.has(s.sql) ? false : (seen.add(s.sql), true)))
    .sort((a, b) => a.order - b.order);
  return steps.length ? `${steps.map((s) => `-- ${s.title}\n${s.sql}`).join("\n\n")}\n` : "";
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
