import { db } from "@/lib/db";
import { galleryPhotoSelect, toGalleryPhoto, type GalleryPhoto } from "../gallery-photo";
import { pickCover } from "./pick-cover";
import { publicItemsOf } from "./public-items-of";
import { PUBLISHED_SECTIONS } from "./published-sections";

export interface PublicSection {
  slug: string;
  title: string;
  description: string;
  updatedAt: string;
  model: { slug: string; displayName: string };
  /** The chosen cover while it is still public, else the first photo (for OpenGraph). */
  cover: GalleryPhoto | null;
  /** READY + APPROVED + not deleted photos, in the staff's order, with no gaps. */
  photos: GalleryPhoto[];
  /** The model's published sections (this one included), for navigation between them. */
  siblings: { slug: string; title: string }[];
}

/**
 * What `/{model}/{section}` shows, or null (404) when the model or the section is unknown or
 * unpublished. Photos are filtered in the query, so one that loses approval simply drops out.
 */
export async function getPublicSection(
  modelSlug: string,
  sectionSlug: string,
): Promise<PublicSection | null> {
  const section = await db.gallerySection.findFirst({
    where: { slug: sectionSlug, published: true, model: { slug: modelSlug, published: true } },
    select: {
      slug: true,
      title: true,
      description: true,
      updatedAt: true,
      cover: { select: galleryPhotoSelect },
      model: {
        select: {
          id: true,
          slug: true,
          displayName: true,
          sections: { ...PUBLISHED_SECTIONS, select: { slug: true, title: true } },
        },
      },
      items: { ...publicItemsOf(modelSlug), select: { media: { select: galleryPhotoSelect } } },
    },
  });
  if (!section) return null;
  return {
    slug: section.slug,
    title: section.title,
    description: section.description,
    updatedAt: section.updatedAt.toISOString(),
    model: { slug: section.model.slug, displayName: section.model.displayName },
    cover: pickCover(section.model.id, section.cover, section.items[0]?.media),
    photos: section.items.map((item) => toGalleryPhoto(item.media)),
    siblings: section.model.sections,
  };
}
