import { Prisma } from "@/lib/generated/prisma/client";
import type { MediaFilter, MediaSort } from "./media-query";
import { FULLTEXT_MIN_WORD, searchWords } from "./media-where";

// The library's list query in SQL. `mediaWhere` (Prisma) stays the reference meaning of a filter, used by
// bulk jobs and downloads; this is the same filter written so MariaDB can answer a page of 100,000 photos
// from an index: related tables are joined on their keys (not EXISTS per row), and a page with no
// selective condition reads the sort's own index in order. tests/integration/library-filter-sql.test.ts
// checks that both give the same photos for every filter.

/** The column behind each sort, and its (modelId, deletedAt, column, id) index. */
export const SORT_COLUMNS = {
  createdAt: "createdAt",
  takenAt: "takenAt",
  filename: "filename",
  bytes: "bytes",
  views: "viewCount",
} as const satisfies Record<MediaSort, string>;

export function sortIndexName(sort: MediaSort): string {
  return `MediaItem_modelId_deletedAt_${SORT_COLUMNS[sort]}_id_idx`;
}

export interface FilterSql {
  /** The joins the filter needs, to follow `FROM MediaItem m`. */
  joins: Prisma.Sql;
  /** The conditions, joined with AND. */
  where: Prisma.Sql;
  /** Whether something other than the sort index may drive the query (full text, a join, duplicates). */
  selective: boolean;
}

/** `modelIds` null means every model (an owner's or admin's cross-model view). */
export function mediaFilterSql(modelIds: readonly string[] | null, filter: MediaFilter): FilterSql {
  const joins: Prisma.Sql[] = [];
  const conds: Prisma.Sql[] = [];
  if (modelIds) {
    conds.push(
      modelIds.length === 1
        ? Prisma.sql`m.modelId = ${modelIds[0]}`
        : modelIds.length
          ? Prisma.sql`m.modelId IN (${Prisma.join(modelIds)})`
          : Prisma.sql`FALSE`,
    );
  }
  conds.push(filter.deleted ? Prisma.sql`m.deletedAt IS NOT NULL` : Prisma.sql`m.deletedAt IS NULL`);
  if (filter.q !== undefined) {
    const words = searchWords(filter.q);
    const long = words.filter((w) => w.length >= FULLTEXT_MIN_WORD);
    if (long.length) {
      const terms = long.map((w) => `+${w}*`).join(" ");
      conds.push(Prisma.sql`MATCH (m.searchText) AGAINST (${terms} IN BOOLEAN MODE)`);
    }
    for (const word of words.filter((w) => w.length < FULLTEXT_MIN_WORD))
      conds.push(Prisma.sql`m.searchText LIKE ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`);
    if (!words.length) conds.push(Prisma.sql`FALSE`);
  }
  if (filter.status) conds.push(Prisma.sql`m.status = ${filter.status}`);
  if (filter.moderation) conds.push(Prisma.sql`m.moderationStatus = ${filter.moderation}`);
  // Each join is on a unique key of the joined table, so it never repeats a photo.
  if (filter.category)
    joins.push(Prisma.sql`JOIN MediaCategory fc ON fc.mediaId = m.id AND fc.categoryId = ${filter.category}`);
  if (filter.section)
    joins.push(Prisma.sql`JOIN GalleryItem fs ON fs.mediaId = m.id AND fs.sectionId = ${filter.section}`);
  if (filter.tag) {
    // With the model known, (modelId, tag) lets MariaDB start from the tag's rows.
    const tagModel = modelIds?.length === 1 ? Prisma.sql`${modelIds[0]}` : Prisma.raw("m.modelId");
    joins.push(
      Prisma.sql`JOIN MediaTag ft ON ft.mediaId = m.id AND ft.modelId = ${tagModel} AND ft.tag = ${filter.tag.toLowerCase()}`,
    );
  }
  if (filter.similarTo)
    joins.push(
      Prisma.sql`JOIN MediaSimilar fsim ON fsim.otherId = m.id AND fsim.mediaId = ${filter.similarTo}`,
    );
  if (filter.from || filter.to) {
    const column = filter.dateField === "taken" ? Prisma.raw("m.takenAt") : Prisma.raw("m.createdAt");
    if (filter.from) conds.push(Prisma.sql`${column} >= ${filter.from}`);
    if (filter.to) conds.push(Prisma.sql`${column} <= ${filter.to}`);
  }
  if (filter.orientation === "landscape") conds.push(Prisma.sql`m.width > m.height`);
  if (filter.orientation === "portrait") conds.push(Prisma.sql`m.width < m.height`);
  if (filter.orientation === "square") conds.push(Prisma.sql`m.width = m.height`);
  if (filter.gps !== undefined)
    conds.push(filter.gps ? Prisma.sql`m.gpsLatitude IS NOT NULL` : Prisma.sql`m.gpsLatitude IS NULL`);
  if (filter.uploadedBy) conds.push(Prisma.sql`m.uploadedById = ${filter.uploadedBy}`);
  // Few photos have near-duplicates: an IN over the pairs lets MariaDB start from them.
  if (filter.duplicates)
    conds.push(
      Prisma.sql`m.id IN (SELECT fd.mediaId FROM MediaSimilar fd JOIN MediaItem fo ON fo.id = fd.otherId AND fo.deletedAt IS NULL)`,
    );
  return {
    joins: joins.length ? Prisma.join(joins, " ") : Prisma.empty,
    where: Prisma.join(conds, " AND "),
    selective: joins.length > 0 || filter.q !== undefined || Boolean(filter.duplicates),
  };
}
