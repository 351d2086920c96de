import type { GalleryPhoto } from "@/lib/gallery/gallery-photo";
import { placeholderImage } from "./placeholder-image";

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Inline style declarations that paint a photo's box before the photo arrives: its dominant colour
 * at once, then its blurred placeholder (a data URL, no request).
 */
export function photoBackdrop(photo: Pick<GalleryPhoto, "dominantColor" | "placeholder">): string {
  const color = photo.dominantColor && COLOR.test(photo.dominantColor) ? photo.dominantColor : null;
  const image = placeholderImage(photo.placeholder);
  return [color && `background-color:${color}`, image && `background-image:url(${image})`]
    .filter(Boolean)
    .join(";");
}
