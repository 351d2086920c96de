import { toGalleryPhoto, type GalleryPhoto, type GalleryPhotoRow } from "../gallery-photo";
import { notPublicReason } from "./public-media-where";

/** The chosen cover if it is one of the model's public photos, else the fallback. */
export function pickCover(
  modelId: string,
  cover: GalleryPhotoRow | null,
  fallback: GalleryPhotoRow | undefined,
): GalleryPhoto | null {
  if (cover && cover.modelId === modelId && !notPublicReason(cover)) return toGalleryPhoto(cover);
  return fallback ? toGalleryPhoto(fallback) : null;
}
