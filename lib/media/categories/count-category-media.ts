import type { Db } from "@/lib/db";

/** How many photos outside the trash carry the category. */
export function countCategoryMedia(tx: Pick<Db, "mediaCategory">, categoryId: string): Promise<number> {
  return tx.mediaCategory.count({ where: { categoryId, media: { deletedAt: null } } });
}
