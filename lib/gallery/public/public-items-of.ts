import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_MEDIA_WHERE } from "./public-media-where";

/**
 * The items of a section the public sees, in the staff's order: public photos of the model `modelSlug`
 * only. Every public page that shows or counts a section's photos spreads this into its `items` query, so
 * the pages always agree on which photos a section has and in what order.
 */
export function publicItemsOf(modelSlug: string) {
  return {
    where: { media: { ...PUBLIC_MEDIA_WHERE, model: { slug: modelSlug } } },
    orderBy: [{ position: "asc" }, { addedAt: "asc" }],
  } satisfies Prisma.GalleryItemFindManyArgs;
}
