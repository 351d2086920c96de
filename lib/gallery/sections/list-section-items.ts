import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { galleryPhotoSelect, toGalleryPhoto, type GalleryPhoto } from "../gallery-photo";
import { getSectionOrThrow } from "./get-section-or-throw";
import { notPublicReason } from "../public/public-media-where";

export interface SectionItemRow {
  photo: GalleryPhoto;
  filename: string;
  /** Why the public does not see this photo now (it keeps its place), or null when it does. */
  hiddenReason: string | null;
}

/** Every photo placed in a section, in order, for staff who may see the model, hidden ones flagged. */
export async function listSectionItems(user: StaffUser, modelSlug: string, sectionSlug: string) {
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug);
  const items = await db.galleryItem.findMany({
    where: { sectionId: section.id, media: { modelId: model.id } },
    orderBy: [{ position: "asc" }, { addedAt: "asc" }],
    select: { media: { select: galleryPhotoSelect } },
  });
  const rows: SectionItemRow[] = items.map(({ media }) => ({
    photo: toGalleryPhoto(media),
    filename: media.filename,
    hiddenReason: notPublicReason(media),
  }));
  return { model, section, items: rows };
}
