import { describe, expect, it } from "vitest";
import { compareSchemas, renderFixSql } from "@/lib/db-schema/compare-schemas";
import { normalizeDefault, normalizeType } from "@/lib/db-schema/normalize-column";
import type { DbSchema, TableSpec } from "@/lib/db-schema/types";

describe("normalizeType", () => {
  it("treats MariaDB's spellings as Prisma's", () => {
    expect(normalizeType("int(11)")).toBe(normalizeType("INTEGER"));
    expect(normalizeType("bigint(20)")).toBe(normalizeType("BIGINT"));
    expect(normalizeType("int(10) unsigned")).toBe(normalizeType("INTEGER UNSIGNED"));
    expect(normalizeType("tinyint(1)")).toBe(normalizeType("BOOLEAN"));
    expect(normalizeType("enum('A','B_C')")).toBe(normalizeType("ENUM('A', 'B_C')"));
    expect(normalizeType("decimal(65,30)")).toBe(normalizeType("DECIMAL(65, 30)"));
  });

  it("still tells different types apart", () => {
    expect(normalizeType("int(11)")).not.toBe(normalizeType("BIGINT"));
    expect(normalizeType("tinyint(4)")).not.toBe(normalizeType("BOOLEAN"));
    expect(normalizeType("varchar(191)")).not.toBe(normalizeType("VARCHAR(255)"));
    expect(normalizeType("enum('A','B')")).not.toBe(normalizeType("ENUM('A', 'b')"));
    expect(normalizeType("text")).not.toBe(normalizeType("LONGTEXT"));
  });
});

describe("normalizeDefault", () => {
  it("treats MariaDB's spellings as Prisma's", () => {
    expect(normalizeDefault("current_timestamp(3)", "datetime(3)")).toBe(
      normalizeDefault("CURRENT_TIMESTAMP(3)", "DATETIME(3)"),
    );
    expect(normalizeDefault("0", "tinyint(1)")).toBe(normalizeDefault("false", "BOOLEAN"));
    expect(normalizeDefault("1", "tinyint(1)")).toBe(normalizeDefault("true", "BOOLEAN"));
    expect(normalizeDefault("0.5", "double")).toBe(normalizeDefault("0.5", "DOUBLE"));
    expect(normalizeDefault("''", "text")).toBe(normalizeDefault("''", "TEXT"));
  });

  it("still tells different defaults apart", () => {
    expect(normalizeDefault("0", "tinyint(1)")).not.toBe(normalizeDefault("true", "BOOLEAN"));
    expect(normalizeDefault("'A'", "enum('A','B')")).not.toBe(normalizeDefault("'B'", "ENUM('A', 'B')"));
    expect(normalizeDefault(null, "int(11)")).not.toBe(normalizeDefault("0", "INTEGER"));
  });
});

const base = (): TableSpec => ({
  name: "Pet",
  columns: [
    { name: "id", type: "VARCHAR(191)", nullable: false, default: null, autoIncrement: false },
    { name: "ownerId", type: "VARCHAR(191)", nullable: false, default: null, autoIncrement: false },
  ],
  primaryKey: ["id"],
  indexes: [{ name: "Pet_ownerId_idx", columns: ["ownerId"], unique: false }],
  foreignKeys: [
    {
      name: "Pet_ownerId_fkey",
      columns: ["ownerId"],
      referencedTable: "Owner",
      referencedColumns: ["id"],
      onDelete: "RESTRICT",
      onUpdate: "CASCADE",
    },
  ],
});
const db = (...tables: TableSpec[]): DbSchema => ({ tables });

describe("compareSchemas", () => {
  it("finds nothing between identical schemas", () => {
    expect(compareSchemas(db(base()), db(base()))).toEqual([]);
  });

  it("ignores the index InnoDB adds for a foreign key on its own", () => {
    const want = { ...base(), indexes: [] };
    expect(
      compareSchemas(
        db(want),
        db({ ...base(), indexes: [{ name: "Pet_ownerId_fkey", columns: ["ownerId"], unique: false }] }),
      ),
    ).toEqual([]);
  });

  it("reports an index whose uniqueness differs under the same name, and recreates it", () => {
    const live = { ...base(), indexes: [{ name: "Pet_ownerId_idx", columns: ["ownerId"], unique: true }] };
    const diffs = compareSchemas(db(base()), db(live));
    expect(diffs.map((d) => [d.kind, d.name])).toEqual([["index-uniqueness", "Pet_ownerId_idx"]]);
    expect(renderFixSql(diffs)).toBe(
      "-- DropIndex\nDROP INDEX `Pet_ownerId_idx` ON `Pet`;\n\n-- CreateIndex\nCREATE INDEX `Pet_ownerId_idx` ON `Pet`(`ownerId`);\n",
    );
  });

  it("reports a missing foreign key, an extra column and a different primary key", () => {
    const live = {
      ...base(),
      columns: [
        ...base().columns,
        { name: "legacy", type: "int(11)", nullable: true, default: null, autoIncrement: false },
      ],
      primaryKey: ["id", "ownerId"],
      foreignKeys: [],
    };
    const diffs = compareSchemas(db(base()), db(live));
    expect(diffs.map((d) => [d.kind, d.name ?? d.table]).sort()).toEqual([
      ["extra-column", "legacy"],
      ["missing-foreign-key", "Pet_ownerId_fkey"],
      ["primary-key", "Pet"],
    ]);
    const sql = renderFixSql(diffs);
    expect(sql).toContain("ALTER TABLE `Pet` DROP COLUMN `legacy`;");
    expect(sql).toContain("ALTER TABLE `Pet` DROP PRIMARY KEY,\n    ADD PRIMARY KEY (`id`);");
    // Foreign keys come last, after the columns they need.
    expect(sql.indexOf("AddForeignKey")).toBeGreaterThan(sql.indexOf("DROP COLUMN"));
  });
});
