import { db } from "@/lib/db";

/**
 * The revision the next derive writes under: the item's own for its first processing, a new one
 * (bumped, so every public URL changes) when variants are re-derived. Null when the item is gone
 * or deleted.
 */
export async function startMediaRevision(
  mediaId: string,
  { bump }: { bump: boolean },
): Promise<{ revision: number } | null> {
  if (bump) {
    const { count } = await db.mediaItem.updateMany({
      where: { id: mediaId, deletedAt: null },
      data: { revision: { increment: 1 } },
    });
    if (count === 0) return null;
  }
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null },
    select: { revision: true },
  });
  return item ? { revision: item.revision } : null;
}
