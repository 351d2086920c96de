import { getStorage } from "@/lib/storage/get-storage";
import { makePlaceholder } from "./make-placeholder";
import { openImage } from "../open-image";
import { prepareVariantRasters } from "./prepare-variant-rasters";
import { perceptualHash } from "../similar/perceptual-hash";
import { sortVariants, storeVariant } from "./store-variant";
import type { DeriveVariantsInput, DerivedMedia, RawImage } from "../types";

/** The dominant colour as `#rrggbb`, from a small copy (stats on the full image cost ~0.6 s here, on 100x100 nothing). */
async function pickDominantColor(small: RawImage): Promise<string> {
  const { width, height, channels } = small.info;
  const { dominant } = await openImage(small.data, { raw: { width, height, channels } }).stats();
  return `#${[dominant.r, dominant.g, dominant.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The core of processing: decode the original once (upright, sRGB, no wider than the largest
 * variant), then derive every width and the thumbnail as JPEG and WebP, watermarked where wide
 * enough and free of any metadata, plus the placeholder, dominant colour and perceptual hash.
 * Writes through the storage driver under deterministic keys (a retry overwrites) and returns
 * plain data only.
 */
export async function deriveVariants(input: DeriveVariantsInput): Promise<DerivedMedia> {
  const storage = input.storage ?? getStorage();
  const { decoded, rasters } = await prepareVariantRasters(input);

  const small = await openImage(decoded.data, { raw: decoded.info })
    .resize(100, 100, { fit: "inside" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const smallRgba = {
    data: small.data,
    info: { width: small.info.width, height: small.info.height, channels: 4 as const },
  };

  // Encodes run side by side: JPEG and WebP encoding are single-threaded, the machine is not.
  const [variants, dominantColor, phash] = await Promise.all([
    Promise.all(
      rasters.flatMap((raster) =>
        (["JPEG", "WEBP"] as const).map((format) =>
          storeVariant(storage, input.mediaId, input.revision, raster, format),
        ),
      ),
    ),
    pickDominantColor(smallRgba),
    perceptualHash(decoded),
  ]);
  return {
    width: decoded.fullWidth,
    height: decoded.fullHeight,
    variants: sortVariants(variants),
    placeholder: makePlaceholder(smallRgba),
    dominantColor,
    phash,
  };
}
