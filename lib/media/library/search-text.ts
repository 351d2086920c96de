import type { Db } from "@/lib/db";

export interface SearchableFields {
  filename: string;
  title?: string;
  altText?: string;
  caption?: string;
  tags?: readonly string[];
}

/**
 * The text the FULLTEXT index holds for one photo: the filename as is and split at `-`, `_` and `.` (so
 * "IMG_2041.jpg" is found by "2041"), then title, alt text, caption and tags.
 */
export function buildSearchText(fields: SearchableFields): string {
  const parts = [
    fields.filename,
    fields.filename.replace(/[-_.]+/g, " "),
    fields.title,
    fields.altText,
    fields.caption,
    ...(fields.tags ?? []),
  ];
  return parts
    .filter((part): part is string => Boolean(part?.trim()))
    .join(" ")
    .slice(0, 60_000);
}

/**
 * Recomputes `searchText` of `ids` from their current fields and tags. Call it in the transaction that
 * changed a title, alt text, caption or tags.
 */
export async function refreshSearchText(tx: Pick<Db, "mediaItem">, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const items = await tx.mediaItem.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      filename: true,
      title: true,
      altText: true,
      caption: true,
      tags: { select: { tag: true } },
    },
  });
  for (const item of items) {
    await tx.mediaItem.update({
      where: { id: item.id },
      data: { searchText: buildSearchText({ ...item, tags: item.tags.map((t) => t.tag).sort() }) },
    });
  }
}
