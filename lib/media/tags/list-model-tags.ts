import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

const MAX_SUGGESTIONS = 20;

/**
 * The model's tags starting with `prefix` (all without one), most used first, at most 20: the details
 * panel's autocomplete. Counted on the (modelId, tag) index alone, trashed photos included.
 */
export async function listModelTags(user: StaffUser, slug: string, prefix = "") {
  const model = await getModelOrThrow(user, slug);
  // Prisma hands `startsWith` to LIKE as is: a typed `%` or `_` must match itself.
  const q = prefix
    .trim()
    .toLowerCase()
    .slice(0, 64)
    .replace(/[\\%_]/g, "\\$&");
  const rows = await db.mediaTag.groupBy({
    by: ["tag"],
    where: { modelId: model.id, ...(q ? { tag: { startsWith: q } } : {}) },
    _count: { _all: true },
    orderBy: [{ _count: { tag: "desc" } }, { tag: "asc" }],
    take: MAX_SUGGESTIONS,
  });
  return rows.map((row) => ({ tag: row.tag, count: row._count._all }));
}
