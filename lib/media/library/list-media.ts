import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { decodeMediaCursor, encodeMediaCursor, type MediaCursor } from "./media-cursor";
import type { ListMediaQuery, MediaSort } from "./media-query";
import { mediaWhere } from "./media-where";
import { mediaDtoInclude, type MediaWithVariants } from "./to-media-dto";

export type MediaPage = { items: MediaWithVariants[]; nextCursor: string | null; total: number };

type PageQuery = Pick<ListMediaQuery, "sort" | "order" | "cursor" | "limit">;
type Order = "asc" | "desc";

/** The column behind each sort; each has an index (modelId, deletedAt, column, id). */
const COLUMN = {
  createdAt: "createdAt",
  takenAt: "takenAt",
  filename: "filename",
  bytes: "bytes",
  views: "viewCount",
} as const satisfies Record<MediaSort, keyof Prisma.MediaItemWhereInput>;

/**
 * Rows after `cursor` in (column, id) order. MariaDB sorts NULL first ascending and last descending,
 * which is the order wanted for `takenAt`, so the NULL block is simply one more range. The `<=`/`>=`
 * bound on the column lets the optimizer range-scan the sort index instead of reading from its start.
 */
function afterCursor(sort: MediaSort, order: Order, { value, id }: MediaCursor): Prisma.MediaItemWhereInput {
  const column = COLUMN[sort];
  const beyond = order === "desc" ? "lt" : "gt";
  if (value === null) {
    return order === "desc"
      ? { [column]: null, id: { [beyond]: id } }
      : { OR: [{ [column]: null, id: { [beyond]: id } }, { [column]: { not: null } }] };
  }
  const past: Prisma.MediaItemWhereInput = {
    [column]: { [order === "desc" ? "lte" : "gte"]: value },
    OR: [{ [column]: { [beyond]: value } }, { id: { [beyond]: id } }],
  };
  return order === "desc" && sort === "takenAt" ? { OR: [past, { takenAt: null }] } : past;
}

/**
 * One keyset page of the photos matching `where`, sorted by `query.sort` (default newest upload first)
 * with the id breaking ties, plus the number of all matches. A cursor from another sort is a 422.
 */
export async function pageMedia(where: Prisma.MediaItemWhereInput, query: PageQuery): Promise<MediaPage> {
  const sort = query.sort ?? "createdAt";
  const order = query.order ?? "desc";
  const column = COLUMN[sort];
  const cursor = query.cursor ? decodeMediaCursor(query.cursor, sort, order) : null;
  const [rows, total] = await Promise.all([
    db.mediaItem.findMany({
      where: cursor ? { AND: [where, afterCursor(sort, order, cursor)] } : where,
      orderBy: [{ [column]: order }, { id: order }],
      take: query.limit + 1,
      include: mediaDtoInclude,
    }),
    db.mediaItem.count({ where }),
  ]);
  const more = rows.length > query.limit;
  const items = more ? rows.slice(0, query.limit) : rows;
  const last = items.at(-1);
  const nextCursor =
    more && last ? encodeMediaCursor(sort, order, { value: last[column], id: last.id }) : null;
  return { items, nextCursor, total };
}

/** One page of a model's photos matching the list query (the trash with `deleted`). 404 when `user` may not see the model. */
export async function listMedia(user: StaffUser, slug: string, query: ListMediaQuery): Promise<MediaPage> {
  const model = await getModelOrThrow(user, slug);
  const { sort, order, cursor, limit, ...filter } = query;
  return pageMedia(mediaWhere(model.id, filter), { sort, order, cursor, limit });
}
