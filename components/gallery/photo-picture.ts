import type { GalleryPhoto, PhotoVariant } from "@/lib/gallery/gallery-photo";
import type { VariantFormat } from "@/lib/generated/prisma/enums";
import { html, type SafeHtml } from "./html";

// Best first: the browser takes the first <source> whose type it can decode; JPEG is the <img> itself.
const SOURCE_FORMATS = [
  ["AVIF", "image/avif"],
  ["WEBP", "image/webp"],
] as const satisfies readonly (readonly [VariantFormat, string])[];

function byFormat(variants: readonly PhotoVariant[], format: VariantFormat): PhotoVariant[] {
  return variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
}

/** `url 640w, url 1280w, …` */
export function srcset(variants: readonly PhotoVariant[]): string {
  return variants.map((v) => `${v.url} ${v.width}w`).join(", ");
}

/** The `<img src>` for browsers without `srcset`: the smallest JPEG at least `minWidth` wide. */
function fallbackSrc(photo: GalleryPhoto, minWidth: number): string | null {
  const pool = byFormat(photo.variants, "JPEG");
  const list = pool.length ? pool : [...photo.variants].sort((a, b) => a.width - b.width);
  return (list.find((v) => v.width >= minWidth) ?? list.at(-1))?.url ?? null;
}

/** The 1280 px JPEG (or the nearest one), for OpenGraph: JPEG is what every crawler reads. */
export function shareImage(photo: GalleryPhoto): PhotoVariant | null {
  const jpegs = byFormat(photo.variants, "JPEG");
  return jpegs.find((v) => v.width >= 1280) ?? jpegs.at(-1) ?? null;
}

export interface PictureOptions {
  alt: string;
  /** The `sizes` attribute: how wide the photo is drawn, so the browser picks the right width. */
  sizes: string;
  /** Off-screen photos wait until they are near the viewport; the first row loads at once. */
  lazy: boolean;
  /** The photo that paints first (the LCP element). */
  priority?: boolean;
}

/**
 * A photo as `<picture>`: AVIF and WebP sources and the JPEG `<img>`, all with `srcset` and `sizes`,
 * and the photo's own width and height so the browser reserves its box before a byte arrives.
 */
export function photoPicture(photo: GalleryPhoto, options: PictureOptions): SafeHtml {
  const src = fallbackSrc(photo, 640);
  const jpeg = byFormat(photo.variants, "JPEG");
  return html`<picture
    >${SOURCE_FORMATS.map(([format, type]) => {
      const list = byFormat(photo.variants, format);
      return list.length
        ? html`<source type="${type}" srcset="${srcset(list)}" sizes="${options.sizes}" />`
        : null;
    })}<img
      src="${src ?? ""}"
      ${jpeg.length ? html` srcset="${srcset(jpeg)}" sizes="${options.sizes}"` : null}
      width="${photo.width}"
      height="${photo.height}"
      alt="${options.alt}"
      ${options.lazy ? html` loading="lazy"` : null}${options.priority ? html` fetchpriority="high"` : null}
      decoding="async"
  /></picture>`;
}
