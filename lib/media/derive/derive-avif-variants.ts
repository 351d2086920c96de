import { getStorage } from "@/lib/storage/get-storage";
import { prepareVariantRasters } from "./prepare-variant-rasters";
import { sortVariants, storeVariant } from "./store-variant";
import type { DeriveVariantsInput, DerivedVariant } from "../types";

/**
 * The AVIF variants, as a separate, lower-priority step after the photo is READY: the same
 * decode, widths, thumbnail and watermark as `deriveVariants`, encoded one at a time (AVIF is the
 * memory-hungry encoder, and its threads already use both cores) at `AVIF_EFFORT`.
 */
export async function deriveAvifVariants(input: DeriveVariantsInput): Promise<DerivedVariant[]> {
  const storage = input.storage ?? getStorage();
  const { rasters } = await prepareVariantRasters(input);
  const variants: DerivedVariant[] = [];
  for (const raster of rasters)
    variants.push(await storeVariant(storage, input.mediaId, input.revision, raster, "AVIF"));
  return sortVariants(variants);
}
