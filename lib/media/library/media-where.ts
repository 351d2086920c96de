import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MediaFilter } from "./media-query";

/** InnoDB's full-text index skips words shorter than this (`innodb_ft_min_token_size`). */
export const FULLTEXT_MIN_WORD = 3;

/** The words of a free-text query: letters and digits, as the full-text index splits them. */
export function searchWords(q: string): string[] {
  return [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 12);
}

/**
 * The free-text part: every word must match as a prefix (`+word*` in boolean mode, through the FULLTEXT
 * index on `searchText`); words too short for the index match as a substring instead.
 */
function textWhere(q: string): Prisma.MediaItemWhereInput[] {
  const words = searchWords(q);
  const long = words.filter((w) => w.length >= FULLTEXT_MIN_WORD);
  const short = words.filter((w) => w.length < FULLTEXT_MIN_WORD);
  const where: Prisma.MediaItemWhereInput[] = [];
  if (long.length) where.push({ searchText: { search: long.map((w) => `+${w}*`).join(" ") } });
  for (const word of short) where.push({ searchText: { contains: word } });
  // A query of only punctuation matches nothing rather than everything.
  if (!words.length) where.push({ id: "" });
  return where;
}

/**
 * The Prisma condition for `filter` within one model (or, with `modelId` null, within whatever scope the
 * caller adds). Trashed photos appear only with `deleted`.
 */
export function mediaWhere(modelId: string | null, filter: MediaFilter): Prisma.MediaItemWhereInput {
  const and: Prisma.MediaItemWhereInput[] = [];
  if (modelId) and.push({ modelId });
  and.push({ deletedAt: filter.deleted ? { not: null } : null });
  if (filter.q !== undefined) and.push(...textWhere(filter.q));
  if (filter.status) and.push({ status: filter.status });
  if (filter.moderation) and.push({ moderationStatus: filter.moderation });
  if (filter.category) and.push({ categories: { some: { categoryId: filter.category } } });
  if (filter.section) and.push({ galleryItems: { some: { sectionId: filter.section } } });
  if (filter.tag) and.push({ tags: { some: { tag: filter.tag.toLowerCase() } } });
  if (filter.from || filter.to) {
    const range = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) };
    and.push(filter.dateField === "taken" ? { takenAt: range } : { createdAt: range });
  }
  if (filter.orientation) and.push(orientationWhere(filter.orientation));
  if (filter.gps !== undefined) and.push({ gpsLatitude: filter.gps ? { not: null } : null });
  if (filter.uploadedBy) and.push({ uploadedById: filter.uploadedBy });
  // A partner in the trash does not make a photo a duplicate (it would be kept once restored).
  if (filter.duplicates) and.push({ similar: { some: { other: { deletedAt: null } } } });
  if (filter.similarTo) and.push({ similarTo: { some: { mediaId: filter.similarTo } } });
  return { AND: and };
}

/** Compares two columns through Prisma's field references (unprocessed photos have no size and never match). */
function orientationWhere(orientation: NonNullable<MediaFilter["orientation"]>): Prisma.MediaItemWhereInput {
  const height = db.mediaItem.fields.height;
  if (orientation === "landscape") return { width: { gt: height } };
  if (orientation === "portrait") return { width: { lt: height } };
  return { width: { equals: height } };
}
