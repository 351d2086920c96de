import type { GalleryPhoto } from "@/lib/gallery/gallery-photo";
import type { ThumbPhoto } from "./photo-thumb";

/** The few fields a thumbnail needs, so pages send the browser no more than that. */
export function toThumbPhoto(photo: GalleryPhoto, fallbackAlt = "Photo"): ThumbPhoto {
  return {
    id: photo.id,
    alt: photo.alt || fallbackAlt,
    placeholder: photo.placeholder,
    dominantColor: photo.dominantColor,
    thumbUrl: photo.thumb?.url ?? null,
  };
}
