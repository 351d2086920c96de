import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { modelScope } from "./model-scope";
import { listModelsQuerySchema } from "./schemas";

export interface ModelListRow {
  id: string;
  slug: string;
  displayName: string;
  published: boolean;
  updatedAt: Date;
  memberCount: number;
  mediaCount: number;
}

/** The models `user` may see, by name, optionally filtered by a search on name or slug. */
export async function listModels(user: StaffUser, query: { q?: string } = {}): Promise<ModelListRow[]> {
  const { q } = listModelsQuerySchema.parse(query);
  const rows = await db.model.findMany({
    where: {
      AND: [modelScope(user), q ? { OR: [{ displayName: { contains: q } }, { slug: { contains: q } }] } : {}],
    },
    orderBy: [{ displayName: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      displayName: true,
      published: true,
      updatedAt: true,
      _count: { select: { members: true, media: { where: { deletedAt: null } } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    memberCount: _count.members,
    mediaCount: _count.media,
  }));
}
