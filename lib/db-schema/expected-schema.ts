import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { ColumnSpec, DbSchema, ForeignKeySpec, IndexSpec, ReferentialAction, TableSpec } from "./types";

// The subset of Prisma's DMMF this module reads.
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfEnum {
  name: string;
  values: { name: string; dbName: string | null }[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  isDefinedOnField: boolean;
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
}

/** MySQL's identifier length limit, which Prisma's default constraint names respect. */
const MAX_IDENTIFIER_LENGTH = 64;

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/** The MySQL schema `prisma migrate` would create for schema.prisma on disk. */
export function expectedSchemaFromFile(file = SCHEMA_PATH): DbSchema {
  return expectedSchema(readFileSync(file, "utf8"));
}

/** The MySQL schema `prisma migrate` would create for a Prisma schema: same types, names and actions. */
export function expectedSchema(prismaSchema: string): DbSchema {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
  const { models, enums, indexes } = dmmf.datamodel;
  const modelByName = new Map(models.map((m) => [m.name, m]));
  const enumByName = new Map(enums.map((e) => [e.name, e]));

  const tables = models.map((model): TableSpec => {
    const table = tableName(model);
    const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    const columnOf = (fieldName: string) => columnName(fieldOf(model, fieldName));

    const columns = scalars.map((field) => columnSpec(field, enumByName));

    const modelIndexes = indexes.filter((i) => i.model === model.name);
    const id = modelIndexes.find((i) => i.type === "id");
    const primaryKey = id ? id.fields.map((f) => columnOf(f.name)) : [];

    const indexSpecs: IndexSpec[] = modelIndexes
      .filter((i) => i.type === "unique" || i.type === "normal" || i.type === "fulltext")
      // Prisma lists field-level @unique first, then the model-level attributes.
      .sort((a, b) => Number(b.isDefinedOnField) - Number(a.isDefinedOnField))
      .map((i) => {
        const cols = i.fields.map((f) => columnOf(f.name));
        const unique = i.type === "unique";
        return {
          name: i.dbName ?? constraintName(table, cols, unique ? "_key" : "_idx"),
          columns: cols,
          unique,
          ...(i.type === "fulltext" ? { fulltext: true } : {}),
        };
      });

    const foreignKeys = model.fields
      .filter((f) => f.kind === "object" && f.relationFromFields && f.relationFromFields.length > 0)
      .map((relation): ForeignKeySpec => {
        const target = modelByName.get(relation.type);
        if (!target)
          throw new Error(`Relation ${model.name}.${relation.name} points at unknown model ${relation.type}`);
        const from = relation.relationFromFields ?? [];
        const cols = from.map(columnOf);
        const required = from.some((name) => fieldOf(model, name).isRequired);
        return {
          name: constraintName(table, cols, "_fkey"),
          columns: cols,
          referencedTable: tableName(target),
          referencedColumns: (relation.relationToFields ?? []).map((name) =>
            columnName(fieldOf(target, name)),
          ),
          onDelete: referentialAction(relation.relationOnDelete ?? (required ? "Restrict" : "SetNull")),
          onUpdate: referentialAction(relation.relationOnUpdate ?? "Cascade"),
        };
      });

    return { name: table, columns, primaryKey, indexes: indexSpecs, foreignKeys };
  });

  return { tables };
}

function tableName(model: DmmfModel): string {
  return model.dbName ?? model.name;
}

function columnName(field: DmmfField): string {
  return field.dbName ?? field.name;
}

function fieldOf(model: DmmfModel, name: string): DmmfField {
  const field = model.fields.find((f) => f.name === name);
  if (!field) throw new Error(`Model ${model.name} has no field ${name}`);
  return field;
}

/** Prisma's default name `<table>_<columns>_<suffix>`, cut to fit MySQL's identifier limit. */
export function constraintName(table: string, columns: string[], suffix: "_key" | "_idx" | "_fkey"): string {
  const joined = `${table}_${columns.join("_")}`;
  const limit = MAX_IDENTIFIER_LENGTH - suffix.length;
  return `${joined.length > limit ? joined.slice(0, limit) : joined}${suffix}`;
}

function referentialAction(action: string): ReferentialAction {
  const map: Record<string, ReferentialAction> = {
    Cascade: "CASCADE",
    Restrict: "RESTRICT",
    SetNull: "SET NULL",
    NoAction: "NO ACTION",
    SetDefault: "SET DEFAULT",
  };
  const sql = map[action];
  if (!sql) throw new Error(`Unknown referential action ${action}`);
  return sql;
}

function columnSpec(field: DmmfField, enumByName: Map<string, DmmfEnum>): ColumnSpec {
  if (field.isList) throw new Error(`Scalar lists are not supported on MySQL (field ${field.name})`);
  const type = columnType(field, enumByName);
  const fn = functionDefault(field.default);
  return {
    name: columnName(field),
    type,
    nullable: !field.isRequired,
    default: renderDefault(field, type, enumByName),
    autoIncrement: fn?.name === "autoincrement",
  };
}

function columnType(field: DmmfField, enumByName: Map<string, DmmfEnum>): string {
  if (field.kind === "enum") {
    const values = enumByName.get(field.type)?.values ?? [];
    return `ENUM(${values.map((v) => sqlString(v.dbName ?? v.name)).join(", ")})`;
  }
  if (field.nativeType) return nativeTypeSql(field.nativeType, field.type);
  const defaults: Record<string, string> = {
    String: "VARCHAR(191)",
    Int: "INTEGER",
    BigInt: "BIGINT",
    Float: "DOUBLE",
    Decimal: "DECIMAL(65, 30)",
    Boolean: "BOOLEAN",
    DateTime: "DATETIME(3)",
    Json: "JSON",
    Bytes: "LONGBLOB",
  };
  const sql = defaults[field.type];
  if (!sql) throw new Error(`No MySQL type for Prisma type ${field.type} (field ${field.name})`);
  return sql;
}

function nativeTypeSql([name, args]: [string, string[]], prismaType: string): string {
  const arg = args.length ? `(${args.join(", ")})` : "";
  const plain: Record<string, string> = {
    Int: "INTEGER",
    UnsignedInt: "INTEGER UNSIGNED",
    SmallInt: "SMALLINT",
    UnsignedSmallInt: "SMALLINT UNSIGNED",
    TinyInt: prismaType === "Boolean" ? "BOOLEAN" : "TINYINT",
    UnsignedTinyInt: "TINYINT UNSIGNED",
    MediumInt: "MEDIUMINT",
    UnsignedMediumInt: "MEDIUMINT UNSIGNED",
    BigInt: "BIGINT",
    UnsignedBigInt: "BIGINT UNSIGNED",
    Float: "FLOAT",
    Double: "DOUBLE",
    TinyBlob: "TINYBLOB",
    Blob: "BLOB",
    MediumBlob: "MEDIUMBLOB",
    LongBlob: "LONGBLOB",
    TinyText: "TINYTEXT",
    Text: "TEXT",
    MediumText: "MEDIUMTEXT",
    LongText: "LONGTEXT",
    Date: "DATE",
    Year: "YEAR",
    Json: "JSON",
  };
  if (plain[name]) return plain[name];
  const withArgs: Record<string, string> = {
    Decimal: "DECIMAL",
    Bit: "BIT",
    Char: "CHAR",
    VarChar: "VARCHAR",
    Binary: "BINARY",
    VarBinary: "VARBINARY",
    Time: "TIME",
    DateTime: "DATETIME",
    Timestamp: "TIMESTAMP",
  };
  if (withArgs[name]) return `${withArgs[name]}${arg}`;
  throw new Error(`Unknown MySQL native type @db.${name}`);
}

function functionDefault(value: unknown): { name: string; args: unknown[] } | null {
  if (value && typeof value === "object" && !Array.isArray(value) && "name" in value) {
    return value as { name: string; args: unknown[] };
  }
  return null;
}

/** The DEFAULT clause Prisma writes; null for defaults Prisma fills in itself (cuid, uuid, @updatedAt). */
function renderDefault(field: DmmfField, type: string, enumByName: Map<string, DmmfEnum>): string | null {
  if (field.default === undefined || field.default === null) return null;
  if (type === "JSON" || /BLOB|BINARY/.test(type)) return null;
  const fn = functionDefault(field.default);
  if (fn) {
    if (fn.name === "now") {
      const precision = /^(DATETIME|TIMESTAMP)\((\d+)\)$/.exec(type)?.[2] ?? "3";
      return `CURRENT_TIMESTAMP(${precision})`;
    }
    if (fn.name === "dbgenerated")
      return typeof fn.args[0] === "string" && fn.args[0] !== "" ? fn.args[0] : null;
    return null;
  }
  if (field.kind === "enum") {
    const value = enumByName.get(field.type)?.values.find((v) => v.name === field.default);
    return sqlString(value?.dbName ?? String(field.default));
  }
  if (typeof field.default === "string") {
    if (field.type === "DateTime")
      return sqlString(new Date(field.default).toISOString().replace(/\.000Z$/, "+00:00"));
    if (field.type === "String") return sqlString(field.default);
    return field.default;
  }
  return String(field.default);
}

/** A MySQL string literal with single quotes doubled, as Prisma escapes them. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
