import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { decodeMediaCursor, encodeMediaCursor, type MediaCursor } from "./media-cursor";
import { mediaFilterSql, SORT_COLUMNS, sortIndexName } from "./media-filter-sql";
import type { ListMediaQuery, MediaFilter, MediaSort } from "./media-query";
import { mediaDtoInclude, type MediaWithVariants } from "./to-media-dto";

export type MediaPage = { items: MediaWithVariants[]; nextCursor: string | null; total: number };

/** Above this many matches a page reads the sort index in order (see `pageMedia`). */
const SORT_INDEX_FROM_MATCHES = 2000;

type PageQuery = Pick<ListMediaQuery, "sort" | "order" | "cursor" | "limit">;
type Order = "asc" | "desc";

/**
 * Rows after `cursor` in (column, id) order. MariaDB sorts NULL first ascending and last descending,
 * which is the order wanted for `takenAt`, so the NULL block is one more range. The `<=`/`>=` bound on
 * the column lets MariaDB range-scan the sort index instead of reading it from its start.
 */
function afterCursor(sort: MediaSort, order: Order, { value, id }: MediaCursor): Prisma.Sql {
  const column = Prisma.raw(`m.${SORT_COLUMNS[sort]}`);
  const beyond = Prisma.raw(order === "desc" ? "<" : ">");
  const within = Prisma.raw(order === "desc" ? "<=" : ">=");
  if (value === null) {
    return order === "desc"
      ? Prisma.sql`(${column} IS NULL AND m.id ${beyond} ${id})`
      : Prisma.sql`((${column} IS NULL AND m.id ${beyond} ${id}) OR ${column} IS NOT NULL)`;
  }
  const past = Prisma.sql`(${column} ${within} ${value} AND (${column} ${beyond} ${value} OR m.id ${beyond} ${id}))`;
  return order === "desc" && sort === "takenAt" ? Prisma.sql`(${past} OR ${column} IS NULL)` : past;
}

/**
 * One keyset page of the photos of `modelIds` (null: every model) matching `filter`, sorted by
 * `query.sort` (default newest upload first) with the id breaking ties, plus the number of all matches.
 * The first page counts; later pages carry that count in their cursor (the list a person pages through
 * keeps the number it started with). A cursor from another sort is a 422.
 */
export async function pageMedia(
  modelIds: readonly string[] | null,
  filter: MediaFilter,
  query: PageQuery,
): Promise<MediaPage> {
  const sort = query.sort ?? "createdAt";
  const order = query.order ?? "desc";
  const column = SORT_COLUMNS[sort];
  const cursor = query.cursor ? decodeMediaCursor(query.cursor, sort, order) : null;
  const { joins, where, selective } = mediaFilterSql(modelIds, filter);
  const total = cursor
    ? cursor.total
    : Number(
        (
          await db.$queryRaw<{ n: bigint | number }[]>(
            Prisma.sql`SELECT COUNT(*) AS n FROM MediaItem m ${joins} WHERE ${where}`,
          )
        )[0]?.n ?? 0,
      );
  // Reading the sort's index in order and stopping after a page is the best plan unless few photos match
  // (then starting from the full-text index or the joined table and sorting those few is). MariaDB does
  // not weigh the LIMIT, so the count decides: with many matches the sort index is forced.
  // (InnoDB answers MATCH only through its FULLTEXT index, so free text always starts there.)
  const bySortIndex =
    modelIds?.length === 1 && (!selective || (filter.q === undefined && total > SORT_INDEX_FROM_MATCHES));
  const hint = bySortIndex ? Prisma.raw(` FORCE INDEX (${sortIndexName(sort)})`) : Prisma.empty;
  const straight = bySortIndex ? Prisma.raw("STRAIGHT_JOIN ") : Prisma.empty;
  const direction = Prisma.raw(order === "desc" ? "DESC" : "ASC");
  const pageWhere = cursor ? Prisma.sql`${where} AND ${afterCursor(sort, order, cursor)}` : where;
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT ${straight}m.id FROM MediaItem m${hint} ${joins} WHERE ${pageWhere} ORDER BY ${Prisma.raw(`m.${column}`)} ${direction}, m.id ${direction} LIMIT ${query.limit + 1}`,
  );
  const more = rows.length > query.limit;
  const ids = (more ? rows.slice(0, query.limit) : rows).map((row) => row.id);
  const found = await db.mediaItem.findMany({ where: { id: { in: ids } }, include: mediaDtoInclude });
  const byId = new Map(found.map((item) => [item.id, item]));
  const items = ids.map((id) => byId.get(id)).filter((item): item is MediaWithVariants => Boolean(item));
  const last = items.at(-1);
  const nextCursor =
    more && last ? encodeMediaCursor(sort, order, { value: last[column], id: last.id, total }) : null;
  return { items, nextCursor, total };
}

/** One page of a model's photos matching the list query (the trash with `deleted`). 404 when `user` may not see the model. */
export async function listMedia(user: StaffUser, slug: string, query: ListMediaQuery): Promise<MediaPage> {
  const model = await getModelOrThrow(user, slug);
  const { sort, order, cursor, limit, ...filter } = query;
  return pageMedia([model.id], filter, { sort, order, cursor, limit });
}
