import { db } from "@/lib/db";
import { galleryPhotoSelect, type GalleryPhoto } from "../gallery-photo";
import { pickCover } from "./pick-cover";
import { publicItemsOf } from "./public-items-of";
import { PUBLISHED_SECTIONS } from "./published-sections";

export interface PublicSectionCard {
  slug: string;
  title: string;
  description: string;
  photoCount: number;
  /** The chosen cover while it is still public, else the section's first public photo. */
  cover: GalleryPhoto | null;
  updatedAt: string;
}

export interface PublicModel {
  slug: string;
  displayName: string;
  bio: string;
  updatedAt: string;
  /** Published sections with at least one public photo, in the staff's order. */
  sections: PublicSectionCard[];
}

/**
 * What `/{model}` shows, or null (404) when the model is unknown or unpublished. Only published sections
 * and only READY + APPROVED + not deleted photos, filtered in the query. For anonymous visitors: no user.
 */
export async function getPublicModel(modelSlug: string): Promise<PublicModel | null> {
  const publicItems = publicItemsOf(modelSlug);
  const model = await db.model.findFirst({
    where: { slug: modelSlug, published: true },
    select: {
      id: true,
      slug: true,
      displayName: true,
      bio: true,
      updatedAt: true,
      sections: {
        ...PUBLISHED_SECTIONS,
        select: {
          slug: true,
          title: true,
          description: true,
          updatedAt: true,
          cover: { select: galleryPhotoSelect },
          items: { ...publicItems, take: 1, select: { media: { select: galleryPhotoSelect } } },
          _count: { select: { items: { where: publicItems.where } } },
        },
      },
    },
  });
  if (!model) return null;
  return {
    slug: model.slug,
    displayName: model.displayName,
    bio: model.bio,
    updatedAt: model.updatedAt.toISOString(),
    sections: model.sections
      .filter((section) => section._count.items > 0)
      .map((section) => ({
        slug: section.slug,
        title: section.title,
        description: section.description,
        photoCount: section._count.items,
        cover: pickCover(model.id, section.cover, section.items[0]?.media),
        updatedAt: section.updatedAt.toISOString(),
      })),
  };
}
