import type { Db } from "@/lib/db";

/**
 * Makes `mediaIds` the section's items in this order (positions 0..n-1), in two statements whatever the
 * length. Photos already in the section keep the time they were added.
 */
export async function writeSectionOrder(
  tx: Pick<Db, "galleryItem">,
  sectionId: string,
  mediaIds: readonly string[],
): Promise<string[]> {
  const current = await tx.galleryItem.findMany({
    where: { sectionId },
    orderBy: [{ position: "asc" }, { addedAt: "asc" }],
    select: { mediaId: true, addedAt: true },
  });
  const addedAt = new Map(current.map((item) => [item.mediaId, item.addedAt]));
  await tx.galleryItem.deleteMany({ where: { sectionId } });
  await tx.galleryItem.createMany({
    data: mediaIds.map((mediaId, position) => ({
      sectionId,
      mediaId,
      position,
      addedAt: addedAt.get(mediaId) ?? new Date(),
    })),
  });
  return current.map((item) => item.mediaId);
}
