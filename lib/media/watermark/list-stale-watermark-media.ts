import { db } from "@/lib/db";

/** Ready photos of the model whose public variants carry an older watermark, newest first. */
export async function listStaleWatermarkMedia(modelId: string, limit: number): Promise<string[]> {
  const model = await db.model.findUnique({ where: { id: modelId }, select: { watermarkRevision: true } });
  if (!model) return [];
  const items = await db.mediaItem.findMany({
    where: { modelId, deletedAt: null, status: "READY", watermarkRevision: { lt: model.watermarkRevision } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
    take: limit,
  });
  return items.map((item) => item.id);
}
