import { describe, expect, it } from "vitest";
import { constraintName, expectedSchema } from "@/lib/db-schema/expected-schema";
import { renderCreateTable, renderSchemaSql } from "@/lib/db-schema/render-sql";

const SCHEMA = `
datasource db {
  provider = "mysql"
}

enum Kind {
  A
  B_C
}

model Owner {
  id    Int     @id @default(autoincrement())
  email String  @unique
  pets  Pet[]
  cars  Car[]
}

model Pet {
  id        String    @id @default(cuid())
  ownerId   Int
  keeperId  Int?
  name      String    @default("it's")
  notes     String    @db.Text
  blob      String?   @db.LongText
  hash      String    @db.Char(64)
  short     String    @db.VarChar(20)
  weight    Float     @default(0.5)
  legs      Int       @default(4)
  big       BigInt
  good      Boolean   @default(true)
  born      DateTime  @db.Date
  seenAt    DateTime?
  createdAt DateTime  @default(now())
  updatedAt DateTime  @updatedAt
  kind      Kind      @default(B_C)
  label     String    @map("pet_label")

  owner  Owner  @relation(fields: [ownerId], references: [id])
  keeper Keeper? @relation(fields: [keeperId], references: [id])

  @@unique([ownerId, name])
  @@index([kind, createdAt])
  @@map("pets")
}

model Keeper {
  id   Int   @id
  pets Pet[]
}

model Car {
  ownerId Int
  plate   String
  owner   Owner @relation(fields: [ownerId], references: [id], onDelete: Cascade, onUpdate: Restrict)

  @@id([ownerId, plate])
}
`;

const schema = expectedSchema(SCHEMA);
const table = (name: string) => schema.tables.find((t) => t.name === name)!;
const column = (tableName: string, name: string) => table(tableName).columns.find((c) => c.name === name)!;

describe("expectedSchema", () => {
  it("maps every Prisma type to the MySQL type Prisma creates", () => {
    const types = Object.fromEntries(table("pets").columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({
      id: "VARCHAR(191)",
      ownerId: "INTEGER",
      keeperId: "INTEGER",
      name: "VARCHAR(191)",
      notes: "TEXT",
      blob: "LONGTEXT",
      hash: "CHAR(64)",
      short: "VARCHAR(20)",
      weight: "DOUBLE",
      legs: "INTEGER",
      big: "BIGINT",
      good: "BOOLEAN",
      born: "DATE",
      seenAt: "DATETIME(3)",
      createdAt: "DATETIME(3)",
      updatedAt: "DATETIME(3)",
      kind: "ENUM('A', 'B_C')",
      pet_label: "VARCHAR(191)",
    });
  });

  it("keeps nullability and renders defaults as Prisma does, leaving cuid and @updatedAt to the client", () => {
    expect(column("pets", "keeperId").nullable).toBe(true);
    expect(column("pets", "ownerId").nullable).toBe(false);
    expect(column("pets", "id").default).toBeNull();
    expect(column("pets", "updatedAt").default).toBeNull();
    expect(column("pets", "name").default).toBe("'it''s'");
    expect(column("pets", "weight").default).toBe("0.5");
    expect(column("pets", "legs").default).toBe("4");
    expect(column("pets", "good").default).toBe("true");
    expect(column("pets", "createdAt").default).toBe("CURRENT_TIMESTAMP(3)");
    expect(column("pets", "kind").default).toBe("'B_C'");
    expect(column("Owner", "id")).toMatchObject({ type: "INTEGER", autoIncrement: true, default: null });
  });

  it("names keys, indexes and foreign keys like Prisma, using mapped table and column names", () => {
    expect(table("Owner").indexes).toEqual([{ name: "Owner_email_key", columns: ["email"], unique: true }]);
    expect(table("pets").indexes).toEqual(
      expect.arrayContaining([
        { name: "pets_ownerId_name_key", columns: ["ownerId", "name"], unique: true },
        { name: "pets_kind_createdAt_idx", columns: ["kind", "createdAt"], unique: false },
      ]),
    );
    expect(table("Car").primaryKey).toEqual(["ownerId", "plate"]);
  });

  it("defaults ON DELETE to RESTRICT for required and SET NULL for optional relations, ON UPDATE to CASCADE", () => {
    expect(table("pets").foreignKeys).toEqual([
      {
        name: "pets_ownerId_fkey",
        columns: ["ownerId"],
        referencedTable: "Owner",
        referencedColumns: ["id"],
        onDelete: "RESTRICT",
        onUpdate: "CASCADE",
      },
      {
        name: "pets_keeperId_fkey",
        columns: ["keeperId"],
        referencedTable: "Keeper",
        referencedColumns: ["id"],
        onDelete: "SET NULL",
        onUpdate: "CASCADE",
      },
    ]);
    expect(table("Car").foreignKeys[0]).toMatchObject({ onDelete: "CASCADE", onUpdate: "RESTRICT" });
  });

  it("cuts long constraint names to MySQL's 64 characters, keeping the suffix", () => {
    const name = constraintName(
      "AVeryLongTableNameIndeed",
      ["firstLongColumnName", "secondLongColumnName"],
      "_idx",
    );
    expect(name).toHaveLength(64);
    expect(name.endsWith("_idx")).toBe(true);
    expect(constraintName("User", ["email"], "_key")).toBe("User_email_key");
  });

  it("refuses an invalid schema with Prisma's own error", () => {
    expect(() => expectedSchema("model X { id Nope @id }")).toThrow();
  });
});

describe("render-sql", () => {
  it("writes CREATE TABLE in Prisma's MySQL migration style", () => {
    expect(renderCreateTable(table("Car"))).toBe(
      [
        "CREATE TABLE `Car` (",
        "    `ownerId` INTEGER NOT NULL,",
        "    `plate` VARCHAR(191) NOT NULL,",
        "",
        "    PRIMARY KEY (`ownerId`, `plate`)",
        ") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
      ].join("\n"),
    );
    expect(renderCreateTable(table("Owner"))).toContain(
      "    `id` INTEGER NOT NULL AUTO_INCREMENT,\n    `email` VARCHAR(191) NOT NULL,\n\n    UNIQUE INDEX `Owner_email_key`(`email`),\n    PRIMARY KEY (`id`)\n)",
    );
  });

  it("adds every foreign key after every table, so tables may reference each other in any order", () => {
    const sql = renderSchemaSql(schema);
    const lastCreate = sql.lastIndexOf("-- CreateTable");
    const firstFk = sql.indexOf("-- AddForeignKey");
    expect(firstFk).toBeGreaterThan(lastCreate);
    expect(sql).toContain(
      "-- AddForeignKey\nALTER TABLE `pets` ADD CONSTRAINT `pets_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `Owner`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;",
    );
    expect(sql.endsWith(";\n")).toBe(true);
  });
});
