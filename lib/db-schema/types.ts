/** A MySQL schema as Prisma would create it, or as read back from information_schema. */
export interface DbSchema {
  tables: TableSpec[];
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  /** Column names of the primary key, in order; empty when the table has none. */
  primaryKey: string[];
  indexes: IndexSpec[];
  foreignKeys: ForeignKeySpec[];
}

export interface ColumnSpec {
  name: string;
  /** The SQL type as Prisma writes it, e.g. `VARCHAR(191)`, `ENUM('A', 'B')`, `DATETIME(3)`. */
  type: string;
  nullable: boolean;
  /** The SQL default expression as Prisma writes it (`'x'`, `0.5`, `false`, `CURRENT_TIMESTAMP(3)`), or null. */
  default: string | null;
  autoIncrement: boolean;
}

export interface IndexSpec {
  name: string;
  columns: string[];
  unique: boolean;
  /** A FULLTEXT index (`@@fulltext`); absent means an ordinary B-tree index. */
  fulltext?: boolean;
}

export type ReferentialAction = "CASCADE" | "RESTRICT" | "SET NULL" | "NO ACTION" | "SET DEFAULT";

export interface ForeignKeySpec {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}
