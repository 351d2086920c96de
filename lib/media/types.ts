import type { VariantFormat, VariantKind } from "@/lib/generated/prisma/enums";

/** One derived public file, as plain data (never its bytes): what a job step returns and the DB stores. */
export type DerivedVariant = {
  kind: VariantKind;
  format: VariantFormat;
  width: number;
  height: number;
  bytes: number;
  storageKey: string;
};

export const THUMB_SIZE = 400;
