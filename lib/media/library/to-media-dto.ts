import type { Prisma } from "@/lib/generated/prisma/client";
import type { MediaStatus, ModerationStatus, VariantFormat, VariantKind } from "@/lib/generated/prisma/enums";
import type { MediaMetadata } from "../derive/read-metadata";
import { variantUrl } from "../serve/variant-url";

/**
 * What every Media response loads: the model's slug, the public variants, tags, categories, sections and
 * uploader. Each relation is one `IN (...)` query per page, so a 200-item page stays a handful of queries.
 */
export const mediaDtoInclude = {
  model: { select: { slug: true } },
  variants: true,
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
  categories: { select: { category: { select: { id: true, slug: true, name: true, color: true } } } },
  galleryItems: { select: { section: { select: { id: true, slug: true, title: true } } } },
  uploadedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.MediaItemInclude;

export type MediaWithVariants = Prisma.MediaItemGetPayload<{ include: typeof mediaDtoInclude }>;

export type MediaVariantDto = {
  kind: VariantKind;
  format: VariantFormat;
  width: number;
  height: number;
  bytes: number;
  /** Served by the app; the public gets it only for approved, non-deleted photos. */
  url: string;
};

/** Staff-only: what `readMetadata` found in the original, plus two display strings. */
export type MediaMetadataDto = MediaMetadata & {
  /** "Make Model", e.g. "Apple iPhone 12". */
  camera: string | null;
  /** e.g. "1/120 s · f/1.6 · ISO 32 · 26 mm". */
  exposure: string | null;
};

/** The `Media` of the upload contract (issue 4). */
export type MediaDto = {
  id: string;
  modelSlug: string;
  filename: string;
  status: MediaStatus;
  moderationStatus: ModerationStatus;
  /** Upright, after EXIF orientation; null until processed. */
  width: number | null;
  height: number | null;
  bytes: number;
  mime: string;
  sha256: string;
  /** ThumbHash, base64 (`placeholderDataUrl()` turns it into an image). */
  placeholder: string | null;
  /** `#rrggbb` */
  dominantColor: string | null;
  createdAt: string;
  /** Public variants only (never the original). AVIF joins when its lower-priority job is done. */
  variants: MediaVariantDto[];
  /** Why processing failed, when `status` is FAILED. */
  failureReason: string | null;
  /** Present for staff only; null until the metadata step ran. */
  metadata?: MediaMetadataDto | null;
  title: string;
  /** What public pages put in `alt`; empty means they fall back to "Section, photo N". */
  altText: string;
  caption: string;
  /** Lowercase, sorted. */
  tags: string[];
  categories: MediaCategoryDto[];
  /** The gallery sections the photo is placed in. */
  sections: { id: string; slug: string; title: string }[];
  /** Lightbox views in all. */
  viewCount: number;
  /** From EXIF, when the camera recorded it. */
  takenAt: string | null;
  uploadedBy: { id: string; name: string } | null;
  /** In the trash since then; null outside the trash. */
  deletedAt: string | null;
};

export type MediaCategoryDto = { id: string; slug: string; name: string; color: string };

function cameraOf(meta: MediaMetadata): string | null {
  const make = meta.cameraMake?.trim() ?? "";
  const model = meta.cameraModel?.trim() ?? "";
  // Many cameras repeat the make in the model ("Canon" + "Canon EOS 5D").
  const name =
    make && !model.toLowerCase().startsWith(make.toLowerCase()) ? `${make} ${model}` : model || make;
  return name.trim() || null;
}

function exposureOf(meta: MediaMetadata): string | null {
  const parts = [
    meta.shutter && `${meta.shutter} s`,
    meta.aperture && `f/${Math.round(meta.aperture * 10) / 10}`,
    meta.iso && `ISO ${meta.iso}`,
    meta.focalLength && `${Math.round(meta.focalLength)} mm`,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

function metadataOf(json: string | null): MediaMetadataDto | null {
  if (!json) return null;
  try {
    const meta = JSON.parse(json) as MediaMetadata;
    return { ...meta, camera: cameraOf(meta), exposure: exposureOf(meta) };
  } catch {
    return null;
  }
}

// Display sizes first, then the thumbnail; formats alphabetically (AVIF, JPEG, WEBP); narrow to wide.
const byKindFormatWidth = (
  a: MediaWithVariants["variants"][number],
  b: MediaWithVariants["variants"][number],
) => a.kind.localeCompare(b.kind) || a.format.localeCompare(b.format) || a.width - b.width;

/** Serialises one item; `staff` adds the metadata (camera, lens, exposure, taken-at, GPS). */
export function toMediaDto(item: MediaWithVariants, { staff }: { staff: boolean }): MediaDto {
  const dto: MediaDto = {
    id: item.id,
    modelSlug: item.model.slug,
    filename: item.filename,
    status: item.status,
    moderationStatus: item.moderationStatus,
    width: item.width,
    height: item.height,
    bytes: item.bytes,
    mime: item.mime,
    sha256: item.sha256,
    placeholder: item.placeholder,
    dominantColor: item.dominantColor,
    createdAt: item.createdAt.toISOString(),
    variants: [...item.variants].sort(byKindFormatWidth).map((v) => ({
      kind: v.kind,
      format: v.format,
      width: v.width,
      height: v.height,
      bytes: v.bytes,
      url: variantUrl(v.storageKey),
    })),
    failureReason: item.status === "FAILED" ? item.failureReason : null,
    title: item.title,
    altText: item.altText,
    caption: item.caption,
    tags: item.tags.map((t) => t.tag),
    categories: item.categories
      .map((c) => c.category)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    sections: item.galleryItems
      .map((g) => g.section)
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)),
    viewCount: item.viewCount,
    takenAt: item.takenAt?.toISOString() ?? null,
    uploadedBy: item.uploadedBy,
    deletedAt: item.deletedAt?.toISOString() ?? null,
  };
  if (staff) dto.metadata = metadataOf(item.metadata);
  return dto;
}
