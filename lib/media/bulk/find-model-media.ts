import { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import type { BulkFailure } from "./bulk-operation";

export type ModelMediaRow = {
  id: string;
  modelId: string;
  status: string;
  moderationStatus: ModerationStatus;
  originalKey: string;
  deletedAt: Date | null;
};

/**
 * The rows of `ids` that belong to `modelId` (trashed ones included), optionally locked until the
 * transaction ends, and a failure for every other id: another model's photo is "not found", exactly
 * like an unknown id, and is never touched.
 */
export async function findModelMedia(
  tx: Prisma.TransactionClient,
  modelId: string,
  ids: readonly string[],
  { lock = false }: { lock?: boolean } = {},
): Promise<{ rows: ModelMediaRow[]; failures: BulkFailure[] }> {
  const unique = [...new Set(ids)];
  if (!unique.length) return { rows: [], failures: [] };
  const rows = await tx.$queryRaw<ModelMediaRow[]>`
    SELECT id, modelId, status, moderationStatus, originalKey, deletedAt FROM MediaItem
    WHERE modelId = ${modelId} AND id IN (${Prisma.join(unique)})
    ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  const found = new Set(rows.map((row) => row.id));
  const failures = unique
    .filter((id) => !found.has(id))
    .map((id): BulkFailure => ({ id, message: "Not a photo of this model.", code: "not_found" }));
  return { rows, failures };
}
