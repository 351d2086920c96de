import { isManager } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { modelScope } from "@/lib/models/model-scope";
import { listMedia, pageMedia, type MediaPage } from "./list-media";
import type { ListAllMediaQuery } from "./media-query";
import { mediaWhere } from "./media-where";

/**
 * One page of the photos of every model `user` may see (`model` narrows to one, 404 outside the scope).
 * Members get their model ids first, so the page query is a plain `modelId IN (...)` rather than a join.
 */
export async function listAllMedia(user: StaffUser, query: ListAllMediaQuery): Promise<MediaPage> {
  const { model, sort, order, cursor, limit, ...filter } = query;
  if (model) return listMedia(user, model, { sort, order, cursor, limit, ...filter });
  const where = mediaWhere(null, filter);
  let scoped: Prisma.MediaItemWhereInput = where;
  if (!isManager(user)) {
    const models = await db.model.findMany({ where: modelScope(user), select: { id: true } });
    scoped = { AND: [where, { modelId: { in: models.map((m) => m.id) } }] };
  }
  return pageMedia(scoped, { sort, order, cursor, limit });
}
