import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { modelScope } from "@/lib/models/model-scope";
import { mediaDtoInclude, type MediaWithVariants } from "./to-media-dto";

/** One non-deleted item of the model `slug`, if `user` may see that model; 404 otherwise (also for another model's item). */
export async function getMediaOrThrow(user: StaffUser, slug: string, id: string): Promise<MediaWithVariants> {
  const item = await db.mediaItem.findFirst({
    where: { id, deletedAt: null, model: { slug, ...modelScope(user) } },
    include: mediaDtoInclude,
  });
  if (!item) throw notFound("Photo");
  return item;
}
