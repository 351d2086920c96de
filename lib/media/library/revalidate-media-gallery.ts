import { db } from "@/lib/db";
import { revalidateModel } from "@/lib/gallery/public/revalidate-model";

/**
 * Refreshes the public pages that can show a photo, after its public variants or its visibility
 * changed: the sections it is in or covers, and the model's page (counts and covers). A photo in no
 * section is on no public page, so its model's section pages stay cached. Without `mediaId` (every
 * photo of the model changed, as after a new watermark) all of the model's pages are refreshed.
 */
export async function revalidateMediaGallery(modelId: string, reason: string, mediaId?: string) {
  const model = await db.model.findUnique({
    where: { id: modelId },
    select: {
      slug: true,
      sections: mediaId
        ? { where: { OR: [{ items: { some: { mediaId } } }, { coverId: mediaId }] }, select: { slug: true } }
        : false,
    },
  });
  if (!model) return null;
  const sections = mediaId ? model.sections.map((section) => section.slug) : undefined;
  return revalidateModel({ modelSlug: model.slug, sections }, reason);
}
