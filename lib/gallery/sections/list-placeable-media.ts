import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { galleryPhotoSelect, toGalleryPhoto, type GalleryPhoto } from "../gallery-photo";
import { getSectionOrThrow } from "./get-section-or-throw";
import { PUBLIC_MEDIA_WHERE } from "../public/public-media-where";

export interface PlaceablePhoto {
  photo: GalleryPhoto;
  filename: string;
  createdAt: string;
}

/** How many photos the picker lists at most; beyond that staff narrow it down in the library. */
export const PLACEABLE_LIMIT = 500;

/** The model's READY + APPROVED photos not yet in the section, newest first: what the picker offers. */
export async function listPlaceableMedia(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
): Promise<{ photos: PlaceablePhoto[]; total: number }> {
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug);
  const where = {
    modelId: model.id,
    ...PUBLIC_MEDIA_WHERE,
    galleryItems: { none: { sectionId: section.id } },
  };
  const [rows, total] = await Promise.all([
    db.mediaItem.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PLACEABLE_LIMIT,
      select: { ...galleryPhotoSelect, createdAt: true },
    }),
    db.mediaItem.count({ where }),
  ]);
  return {
    photos: rows.map((row) => ({
      photo: toGalleryPhoto(row),
      filename: row.filename,
      createdAt: row.createdAt.toISOString(),
    })),
    total,
  };
}
