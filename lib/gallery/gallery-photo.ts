import type { Prisma } from "@/lib/generated/prisma/client";
import type { VariantFormat } from "@/lib/generated/prisma/enums";
// Always the app's own route, never a CDN URL: it answers 404 as soon as a photo loses approval.
import { variantUrl } from "@/lib/media/serve/variant-url";

/** The columns a gallery photo is built from (public pages and the admin alike). */
export const galleryPhotoSelect = {
  id: true,
  modelId: true,
  title: true,
  altText: true,
  caption: true,
  filename: true,
  width: true,
  height: true,
  placeholder: true,
  dominantColor: true,
  status: true,
  moderationStatus: true,
  deletedAt: true,
  variants: {
    select: { kind: true, format: true, width: true, height: true, storageKey: true },
    orderBy: [{ format: "asc" }, { width: "asc" }],
  },
} as const satisfies Prisma.MediaItemSelect;

export type GalleryPhotoRow = Prisma.MediaItemGetPayload<{ select: typeof galleryPhotoSelect }>;

export interface PhotoVariant {
  format: VariantFormat;
  width: number;
  height: number;
  url: string;
}

/** A photo as the public pages render it: plain data (no Dates), so it can be cached as JSON. */
export interface GalleryPhoto {
  id: string;
  /** Upright dimensions of the photo, for the aspect ratio (no layout shift). */
  width: number;
  height: number;
  alt: string;
  title: string;
  caption: string;
  /** ThumbHash (base64) of the photo, for a blurred preview while it loads; see `placeholderDataUrl`. */
  placeholder: string | null;
  /** `#rrggbb`, the background shown before anything loads. */
  dominantColor: string | null;
  /** The square thumbnail (WebP or JPEG), or null while it does not exist. */
  thumb: PhotoVariant | null;
  /** Every display size in every format, by format then width: the `srcset` of each `<source>`. */
  variants: PhotoVariant[];
}

// Browsers that take WebP prefer it; JPEG is the fallback that always exists.
const THUMB_PREFERENCE: VariantFormat[] = ["WEBP", "JPEG", "AVIF"];

/** Maps a selected row to the shape pages render; the caller has already filtered who may see it. */
export function toGalleryPhoto(row: GalleryPhotoRow): GalleryPhoto {
  const toVariant = (v: GalleryPhotoRow["variants"][number]): PhotoVariant => ({
    format: v.format,
    width: v.width,
    height: v.height,
    url: variantUrl(v.storageKey),
  });
  const thumbs = row.variants.filter((v) => v.kind === "THUMB");
  const thumb = THUMB_PREFERENCE.map((format) => thumbs.find((v) => v.format === format)).find(Boolean);
  const largest = row.variants.reduce<{ width: number; height: number } | null>(
    (best, v) => (v.kind === "DISPLAY" && (!best || v.width > best.width) ? v : best),
    null,
  );
  return {
    id: row.id,
    width: row.width ?? largest?.width ?? 1,
    height: row.height ?? largest?.height ?? 1,
    alt: row.altText || row.title || "",
    title: row.title,
    caption: row.caption,
    placeholder: row.placeholder,
    dominantColor: row.dominantColor,
    thumb: thumb ? toVariant(thumb) : null,
    variants: row.variants.filter((v) => v.kind === "DISPLAY").map(toVariant),
  };
}
