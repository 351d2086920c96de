import { recordAudit } from "@/lib/audit/record-audit";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { deleteMediaForever } from "@/lib/media/bulk/delete-media-forever";

/** Photos deleted per run at most; a larger backlog goes on the next day (or the next run). */
export const PURGE_BATCH = 1000;
const DAY_MS = 86_400_000;

export type PurgeTrashResult = { purged: number; models: number };

/**
 * Deletes for good the photos trashed more than TRASH_RETENTION_DAYS ago, oldest first, at most `limit`
 * per run: rows (audited as the system, one `media.purge` entry per model) and then their files.
 * Safe to run again: what is gone is not found twice.
 */
export async function purgeTrash({
  now = new Date(),
  days = config().TRASH_RETENTION_DAYS,
  limit = PURGE_BATCH,
}: { now?: Date; days?: number; limit?: number } = {}): Promise<PurgeTrashResult> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const due = await db.mediaItem.findMany({
    where: { deletedAt: { lt: cutoff } },
    orderBy: [{ deletedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, modelId: true },
  });
  const byModel = new Map<string, string[]>();
  for (const row of due) byModel.set(row.modelId, [...(byModel.get(row.modelId) ?? []), row.id]);
  let purged = 0;
  for (const [modelId, ids] of byModel) {
    const outcome = await db.$transaction(
      async (tx) => {
        const result = await deleteMediaForever(tx, { modelId, actor: null }, ids, {});
        if (result.done) {
          await recordAudit(tx, {
            actorId: null,
            action: "media.purge",
            entityType: "Model",
            entityId: modelId,
            modelId,
            after: { count: result.done, retentionDays: days, ids },
          });
        }
        return result;
      },
      { timeout: 120_000 },
    );
    await outcome.afterCommit?.();
    purged += outcome.done;
  }
  return { purged, models: byModel.size };
}
