import { thumbHashToDataURL } from "thumbhash";
import type { MediaJson, MediaVariantJson, VariantFormat } from "./media-types";

/** `srcset` strings per format, for a `<picture>`: AVIF and WebP as sources, JPEG for the `<img>`. */
export interface PictureSources {
  avif?: string;
  webp?: string;
  jpeg?: string;
  /** The `src` of the `<img>`: the smallest JPEG (or whatever exists) that is at least `minWidth`. */
  src: string;
}

function isThumb(variant: MediaVariantJson): boolean {
  return variant.kind === "THUMB";
}

function srcset(variants: MediaVariantJson[], format: VariantFormat): string | undefined {
  const list = variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  return list.length ? list.map((v) => `${v.url} ${v.width}w`).join(", ") : undefined;
}

function toSources(variants: MediaVariantJson[], minWidth: number): PictureSources | null {
  if (variants.length === 0) return null;
  const byWidth = [...variants].sort((a, b) => a.width - b.width);
  const jpegs = byWidth.filter((v) => v.format === "JPEG");
  const pool = jpegs.length ? jpegs : byWidth;
  const src = (pool.find((v) => v.width >= minWidth) ?? pool.at(-1)!).url;
  return {
    avif: srcset(variants, "AVIF"),
    webp: srcset(variants, "WEBP"),
    jpeg: srcset(variants, "JPEG"),
    src,
  };
}

/** The square thumbnail, or failing that the display widths (shown cropped). */
export function thumbnailSources(item: Pick<MediaJson, "variants">): PictureSources | null {
  const thumbs = item.variants.filter((v) => isThumb(v));
  if (thumbs.length) return toSources(thumbs, 0);
  return toSources(item.variants, 320);
}

/** Every display width, for a large view with `sizes`. */
export function displaySources(item: Pick<MediaJson, "variants">, minWidth = 640) {
  const display = item.variants.filter((v) => !isThumb(v));
  return toSources(display.length ? display : item.variants, minWidth);
}

/** The smallest display variant of a format that the server leaves without a watermark (narrower than 480 px). */
export function cleanSampleUrl(item: Pick<MediaJson, "variants">): string | null {
  const clean = item.variants
    .filter((v) => !isThumb(v) && v.width < 480 && v.format !== "AVIF")
    .sort((a, b) => b.width - a.width || (a.format === "WEBP" ? -1 : 1));
  return clean[0]?.url ?? null;
}

const placeholderCache = new Map<string, string | null>();

/** The ThumbHash placeholder (base64) as a tiny PNG data URL; null when absent or unreadable. */
export function placeholderUrl(placeholder: string | null | undefined): string | null {
  if (!placeholder) return null;
  let url = placeholderCache.get(placeholder);
  if (url === undefined) {
    try {
      const bytes = Uint8Array.from(atob(placeholder), (c) => c.charCodeAt(0));
      url = thumbHashToDataURL(bytes);
    } catch {
      url = null;
    }
    placeholderCache.set(placeholder, url);
  }
  return url;
}
