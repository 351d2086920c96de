import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { compareSchemas, renderFixSql, type SchemaDifference } from "@/lib/db-schema/compare-schemas";
import { expectedSchema, SCHEMA_PATH } from "@/lib/db-schema/expected-schema";
import { readLiveSchema } from "@/lib/db-schema/read-live-schema";
import type { DbSchema } from "@/lib/db-schema/types";

// The integration setup gave this file an empty database migrated by lib/db-schema/migrate.ts
// with every folder in prisma/migrations.
const schemaText = readFileSync(SCHEMA_PATH, "utf8");
let live: DbSchema;

beforeAll(async () => {
  live = await readLiveSchema(process.env.DATABASE_URL!);
});

/** schema.prisma with `from` replaced by `to`, failing loudly when the edit does not apply. */
function edited(from: string | RegExp, to: string): string {
  const next = schemaText.replace(from, to);
  expect(next, `edit ${String(from)} did not apply`).not.toBe(schemaText);
  return next;
}

function differencesFor(prismaSchema: string): SchemaDifference[] {
  return compareSchemas(expectedSchema(prismaSchema), live);
}

describe("prisma/migrations against schema.prisma", () => {
  it("a freshly migrated database matches schema.prisma exactly", () => {
    const differences = compareSchemas(expectedSchema(schemaText), live);
    expect(differences.map((d) => d.message)).toEqual([]);
  });

  it("the database holds every model's table, column, unique constraint and index", () => {
    const expected = expectedSchema(schemaText);
    expect(live.tables.map((t) => t.name).sort()).toEqual(expected.tables.map((t) => t.name).sort());
    const user = live.tables.find((t) => t.name === "User");
    expect(user?.columns.find((c) => c.name === "email")).toMatchObject({
      type: "varchar(191)",
      nullable: false,
    });
    expect(user?.indexes).toContainEqual({ name: "User_email_key", columns: ["email"], unique: true });
    const media = live.tables.find((t) => t.name === "MediaItem");
    expect(media?.indexes).toContainEqual({
      name: "MediaItem_modelId_sha256_key",
      columns: ["modelId", "sha256"],
      unique: true,
    });
    expect(media?.foreignKeys).toContainEqual(
      expect.objectContaining({
        name: "MediaItem_uploadedById_fkey",
        referencedTable: "User",
        onDelete: "SET NULL",
        onUpdate: "CASCADE",
      }),
    );
  });
});

describe("the checker fails when schema.prisma changes without a migration", () => {
  it("reports a new column", () => {
    const diffs = differencesFor(
      edited("  passwordHash String\n", "  passwordHash String\n  nickname     String?\n"),
    );
    expect(diffs).toContainEqual(
      expect.objectContaining({ kind: "missing-column", table: "User", name: "nickname" }),
    );
    expect(diffs[0]?.message).toContain('"User.nickname"');
    expect(renderFixSql(diffs)).toContain("ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL;");
  });

  it("reports a column whose nullability changed", () => {
    const diffs = differencesFor(
      edited(/(model User \{[\s\S]*?)  name         String\n/, "$1  name         String?\n"),
    );
    expect(diffs.map((d) => [d.kind, d.table, d.name])).toEqual([["column-nullability", "User", "name"]]);
    expect(diffs[0]?.message).toContain('"User.name"');
    expect(renderFixSql(diffs)).toContain("ALTER TABLE `User` MODIFY `name` VARCHAR(191) NULL;");
  });

  it("reports a column whose type changed", () => {
    const diffs = differencesFor(edited("  bytes       Int\n  sha256", "  bytes       BigInt\n  sha256"));
    expect(diffs.map((d) => [d.kind, d.table, d.name])).toEqual([["column-type", "MediaItem", "bytes"]]);
    expect(diffs[0]?.message).toMatch(/"MediaItem\.bytes".*int\(11\).*BIGINT/);
  });

  it("reports a column whose native type changed", () => {
    const diffs = differencesFor(
      edited("  sha256      String  @db.Char(64)", "  sha256      String  @db.Char(40)"),
    );
    expect(diffs.map((d) => [d.kind, d.table, d.name])).toEqual([["column-type", "MediaItem", "sha256"]]);
  });

  it("reports a changed default", () => {
    const diffs = differencesFor(
      edited("  disabled     Boolean   @default(false)", "  disabled     Boolean   @default(true)"),
    );
    expect(diffs.map((d) => [d.kind, d.table, d.name])).toEqual([["column-default", "User", "disabled"]]);
  });

  it("reports a new @@index", () => {
    const diffs = differencesFor(
      edited("  bulkJobs      BulkJob[]\n}", "  bulkJobs      BulkJob[]\n\n  @@index([name])\n}"),
    );
    expect(diffs.map((d) => [d.kind, d.table, d.name])).toEqual([["missing-index", "User", "User_name_idx"]]);
    expect(renderFixSql(diffs)).toContain("CREATE INDEX `User_name_idx` ON `User`(`name`);");
  });

  it("reports a new @@fulltext, and a full-text index that became an ordinary one", () => {
    const added = differencesFor(
      edited("  @@fulltext([searchText])\n", "  @@fulltext([searchText])\n  @@fulltext([caption])\n"),
    );
    expect(added.map((d) => [d.kind, d.table, d.name])).toEqual([
      ["missing-index", "MediaItem", "MediaItem_caption_idx"],
    ]);
    expect(renderFixSql(added)).toContain(
      "CREATE FULLTEXT INDEX `MediaItem_caption_idx` ON `MediaItem`(`caption`);",
    );
    const ordinary = differencesFor(
      edited("  @@fulltext([searchText])\n", "  @@index([searchText(length: 100)])\n"),
    );
    expect(ordinary.map((d) => d.name)).toContain("MediaItem_searchText_idx");
  });

  it("reports a new @unique", () => {
    const diffs = differencesFor(
      edited("  storageKey String\n", "  storageKey String @unique\n").replace(
        "  @@unique([storageKey])\n",
        "",
      ),
    );
    expect(diffs).toEqual([]); // the same constraint declared on the field: same name, no drift
    const drift = differencesFor(
      edited(/(model Category \{[\s\S]*?)  slug      String\n/, "$1  slug      String   @unique\n"),
    );
    expect(drift.map((d) => [d.kind, d.table, d.name])).toEqual([
      ["missing-index", "Category", "Category_slug_key"],
    ]);
    expect(renderFixSql(drift)).toContain("CREATE UNIQUE INDEX `Category_slug_key` ON `Category`(`slug`);");
  });

  it("reports an index that became unique", () => {
    const diffs = differencesFor(edited("  @@index([externalId])", "  @@unique([externalId])"));
    expect(diffs.map((d) => [d.kind, d.name]).sort()).toEqual([
      ["extra-index", "ModerationCheck_externalId_idx"],
      ["missing-index", "ModerationCheck_externalId_key"],
    ]);
  });

  it("reports a new model, with its table and foreign key", () => {
    const withTag = edited(
      "  bulkJobs     BulkJob[]\n\n  @@index([published])",
      "  bulkJobs     BulkJob[]\n  labels       Tag[]\n\n  @@index([published])",
    ).concat(
      "\nmodel Tag {\n  id      String @id @default(cuid())\n  modelId String\n  name    String\n  model   Model  @relation(fields: [modelId], references: [id], onDelete: Cascade)\n\n  @@unique([modelId, name])\n}\n",
    );
    const diffs = differencesFor(withTag);
    expect(diffs.map((d) => [d.kind, d.table])).toEqual([["missing-table", "Tag"]]);
    expect(diffs[0]?.message).toContain('"Tag"');
    const sql = renderFixSql(diffs);
    expect(sql).toContain("CREATE TABLE `Tag` (");
    expect(sql).toContain("UNIQUE INDEX `Tag_modelId_name_key`(`modelId`, `name`)");
    expect(sql).toContain(
      "ALTER TABLE `Tag` ADD CONSTRAINT `Tag_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;",
    );
  });

  it("reports a removed model and a changed referential action", () => {
    const withoutCron = edited(/\/\/\/ Cron schedules[\s\S]*$/, "");
    expect(differencesFor(withoutCron).map((d) => [d.kind, d.table])).toEqual([["extra-table", "JobCron"]]);
    const restrict = edited(
      "  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@index([userId, readAt",
      "  user User @relation(fields: [userId], references: [id], onDelete: Restrict)\n\n  @@index([userId, readAt",
    );
    const diffs = differencesFor(restrict);
    expect(diffs.map((d) => [d.kind, d.name])).toEqual([["foreign-key", "Notification_userId_fkey"]]);
    expect(diffs[0]?.message).toContain("ON DELETE RESTRICT");
  });
});
