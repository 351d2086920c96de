import { db } from "@/lib/db";
import { revalidateModel } from "@/lib/gallery/public/revalidate-model";

/** Refreshes the public pages of the photo's model (after its public variants changed). */
export async function revalidateMediaGallery(modelId: string, reason: string) {
  const model = await db.model.findUnique({ where: { id: modelId }, select: { slug: true } });
  if (!model) return null;
  return revalidateModel({ modelSlug: model.slug }, reason);
}
