import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { modelScope } from "@/lib/models/model-scope";
import type { ListMediaQuery } from "./media-schemas";
import { mediaDtoInclude, type MediaWithVariants } from "./to-media-dto";

export type MediaPage = { items: MediaWithVariants[]; nextCursor: string | null };

/**
 * One page of a model's non-deleted media, newest first (ties broken by id, so pages never overlap),
 * for the admin grid. 404 when `user` may not see the model.
 */
export async function listMedia(user: StaffUser, slug: string, query: ListMediaQuery): Promise<MediaPage> {
  const model = await getModelOrThrow(user, slug);
  const where = {
    modelId: model.id,
    deletedAt: null,
    model: modelScope(user),
    ...(query.status ? { status: query.status } : {}),
    ...(query.moderationStatus ? { moderationStatus: query.moderationStatus } : {}),
  };
  let cursor: { createdAt: Date; id: string } | null = null;
  if (query.cursor) {
    cursor = await db.mediaItem.findFirst({
      where: { id: query.cursor, modelId: model.id },
      select: { createdAt: true, id: true },
    });
    if (!cursor)
      throw new AppError("invalid", "cursor: not a position in this list; start again without it.");
  }
  const items = await db.mediaItem.findMany({
    where: cursor
      ? {
          ...where,
          OR: [
            { createdAt: { lt: cursor.createdAt } },
            { createdAt: cursor.createdAt, id: { lt: cursor.id } },
          ],
        }
      : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: mediaDtoInclude,
  });
  const more = items.length > query.limit;
  const page = more ? items.slice(0, query.limit) : items;
  return { items: page, nextCursor: more ? page.at(-1)!.id : null };
}
