import type { VariantFormat } from "@/lib/generated/prisma/enums";
import type { RawImage } from "../types";
import { openImage } from "../open-image";

/**
 * Encoder settings, chosen by measurement on a 2-core machine (see bench/):
 * - JPEG q80 with libjpeg-turbo: mozjpeg is ~15% smaller but ~10x slower; JPEG is only the fallback.
 * - WebP q75 effort 2: about 3% larger than effort 4 at a third of the time.
 * - AVIF q50 effort 2: effort 4 (sharp's default) is about 5% smaller and 5x slower.
 * No metadata is written: sharp keeps none unless asked, and the source is raw pixels anyway.
 */
export const ENCODERS = {
  JPEG: { extension: "jpg", contentType: "image/jpeg" },
  WEBP: { extension: "webp", contentType: "image/webp" },
  AVIF: { extension: "avif", contentType: "image/avif" },
} as const satisfies Record<VariantFormat, { extension: string; contentType: string }>;

export const AVIF_EFFORT = 2;

export async function encodeVariant(image: RawImage, format: VariantFormat): Promise<Buffer> {
  const { width, height, channels } = image.info;
  const pipeline = openImage(image.data, { raw: { width, height, channels } });
  switch (format) {
    case "JPEG":
      // JPEG has no alpha: transparent areas become white.
      return pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 80, mozjpeg: false }).toBuffer();
    case "WEBP":
      return pipeline.webp({ quality: 75, effort: 2 }).toBuffer();
    case "AVIF":
      return pipeline.avif({ quality: 50, effort: AVIF_EFFORT }).toBuffer();
  }
}
