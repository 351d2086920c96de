import type { Prisma } from "@/lib/generated/prisma/client";
import type { DerivedVariant } from "../types";

const comboOf = (v: Pick<DerivedVariant, "kind" | "format" | "width">) => `${v.kind}/${v.format}/${v.width}`;

/**
 * Writes derived variants as rows, one per kind/format/width (a retry updates, never duplicates),
 * and deletes the item's rows that `isStale` picks. Rows are changed by primary key rather than
 * by upserts and range deletes, whose gap locks deadlock two photos saved at the same moment.
 */
export async function writeVariantRows(
  tx: Prisma.TransactionClient,
  mediaId: string,
  variants: readonly DerivedVariant[],
  isStale: (row: { format: DerivedVariant["format"]; storageKey: string }) => boolean = () => false,
): Promise<void> {
  const existing = await tx.mediaVariant.findMany({ where: { mediaId } });
  const byCombo = new Map(existing.map((row) => [comboOf(row), row]));
  const written = new Set<string>();
  const created: Prisma.MediaVariantCreateManyInput[] = [];
  for (const v of variants) {
    written.add(comboOf(v));
    const row = byCombo.get(comboOf(v));
    if (!row) {
      created.push({
        mediaId,
        kind: v.kind,
        format: v.format,
        width: v.width,
        height: v.height,
        bytes: v.bytes,
        storageKey: v.storageKey,
      });
    } else if (row.storageKey !== v.storageKey || row.bytes !== v.bytes || row.height !== v.height) {
      await tx.mediaVariant.update({
        where: { id: row.id },
        data: { height: v.height, bytes: v.bytes, storageKey: v.storageKey },
      });
    }
  }
  const stale = existing.filter((row) => !written.has(comboOf(row)) && isStale(row)).map((row) => row.id);
  if (stale.length) await tx.mediaVariant.deleteMany({ where: { id: { in: stale } } });
  if (created.length) await tx.mediaVariant.createMany({ data: created });
}
