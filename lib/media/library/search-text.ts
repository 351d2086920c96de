import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface SearchableFields {
  filename: string;
  title?: string;
  altText?: string;
  caption?: string;
  tags?: readonly string[];
}

/**
 * The text the FULLTEXT index holds for one photo: the filename as is and split at `-`, `_` and `.` (so
 * "IMG_2041.jpg" is found by "2041"), then title, alt text, caption and tags (sorted).
 */
export function buildSearchText(fields: SearchableFields): string {
  const parts = [
    fields.filename,
    fields.filename.replace(/[-_.]+/g, " "),
    fields.title,
    fields.altText,
    fields.caption,
    ...[...(fields.tags ?? [])].sort(),
  ];
  return parts
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join(" ");
}

/**
 * Recomputes `searchText` of `ids` from their current fields and tags in one statement (a bulk tag change
 * over 10,000 photos is one UPDATE per chunk, not one per photo); the same text `buildSearchText` makes.
 * Call it in the transaction that changed a title, alt text, caption or tags.
 */
export async function refreshSearchText(tx: Pick<Db, "$executeRaw">, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const list = Prisma.join([...ids]);
  // 50 tags of 64 characters exceed GROUP_CONCAT's default 1,024 (the session is the transaction's).
  await tx.$executeRaw`SET SESSION group_concat_max_len = 65536`;
  await tx.$executeRaw`
    UPDATE MediaItem m
    LEFT JOIN (
      SELECT mediaId, GROUP_CONCAT(tag ORDER BY tag SEPARATOR ' ') AS tags
      FROM MediaTag WHERE mediaId IN (${list}) GROUP BY mediaId
    ) t ON t.mediaId = m.id
    SET m.searchText = CONCAT_WS(' ',
      NULLIF(TRIM(m.filename), ''),
      NULLIF(TRIM(REGEXP_REPLACE(m.filename, '[-_.]+', ' ')), ''),
      NULLIF(TRIM(m.title), ''),
      NULLIF(TRIM(m.altText), ''),
      NULLIF(TRIM(m.caption), ''),
      t.tags)
    WHERE m.id IN (${list})`;
}
