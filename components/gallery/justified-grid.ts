import type { GalleryPhoto } from "@/lib/gallery/gallery-photo";
import { html, type SafeHtml } from "./html";
import { photoBackdrop } from "./photo-backdrop";
import { photoPicture } from "./photo-picture";

/**
 * Row heights of the justified grid, per breakpoint (mirrored by `.jg` in gallery-css.ts). Each photo's
 * width follows from its aspect ratio, so the `sizes` of every photo is known without any script.
 */
export const ROW_HEIGHT = { phoneVw: 40, tabletVw: 24, desktopPx: 330 } as const;
/** How much wider than its base width a photo may grow to fill its row (a safe upper bound). */
const GROWTH = 1.35;
/** Photos loaded at once: about the first row on a desktop; everything after waits for the viewport. */
const EAGER = 4;

/** How wide a photo of aspect ratio `ratio` is drawn, for `sizes`. */
export function justifiedSizes(ratio: number): string {
  const phone = Math.min(100, Math.ceil(ratio * ROW_HEIGHT.phoneVw * GROWTH));
  const tablet = Math.min(100, Math.ceil(ratio * ROW_HEIGHT.tabletVw * GROWTH));
  const desktop = Math.ceil(ratio * ROW_HEIGHT.desktopPx * GROWTH);
  return `(max-width: 640px) ${phone}vw, (max-width: 1100px) ${tablet}vw, ${desktop}px`;
}

/** Aspect ratio, bounded so a sliver of a panorama cannot break a row. */
export function aspectRatio(photo: Pick<GalleryPhoto, "width" | "height">): number {
  const ratio = photo.width > 0 && photo.height > 0 ? photo.width / photo.height : 1;
  return Math.min(4, Math.max(0.25, ratio));
}

/**
 * A justified grid: rows of equal height, filled edge to edge, like a photographer's portfolio. Pure
 * CSS: every tile grows in proportion to its aspect ratio (`flex: r 1 r×row`), so the tiles of one row
 * keep one height; each link opens the lightbox (`?photo=<id>` is its shareable address).
 */
export function justifiedGrid(
  photos: readonly GalleryPhoto[],
  { label, altPrefix }: { label: string; altPrefix: string },
): SafeHtml {
  return html`<ul class="jg" aria-label="${label}">
    ${photos.map((photo, index) => {
      const ratio = aspectRatio(photo);
      const style = [`--r:${ratio.toFixed(4)}`, photoBackdrop(photo)].filter(Boolean).join(";");
      const caption = photo.caption || photo.title;
      return html`<li class="jt" style="${style}">
        <a
          href="?photo=${encodeURIComponent(photo.id)}"
          data-photo="${photo.id}"
          ${caption ? html` data-caption="${caption}"` : null}
          >${photoPicture(photo, {
            alt: photo.alt || `${altPrefix}, photo ${index + 1}`,
            sizes: justifiedSizes(ratio),
            lazy: index >= EAGER,
            priority: index === 0,
          })}</a
        >
      </li>`;
    })}
  </ul>`;
}
