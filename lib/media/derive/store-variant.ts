import type { VariantFormat } from "@/lib/generated/prisma/enums";
import { variantKey } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";
import { encodeVariant, ENCODERS } from "./encode-variant";
import type { DerivedVariant, VariantRaster } from "../types";

/** Encodes one raster in one format and writes it under its deterministic key; returns plain data. */
export async function storeVariant(
  storage: Storage,
  mediaId: string,
  revision: number,
  raster: VariantRaster,
  format: VariantFormat,
): Promise<DerivedVariant> {
  const encoder = ENCODERS[format];
  const bytes = await encodeVariant(raster.image, format);
  const storageKey = variantKey(mediaId, revision, raster.name, encoder.extension);
  await storage.put(storageKey, bytes, { contentType: encoder.contentType });
  return {
    kind: raster.kind,
    format,
    width: raster.image.info.width,
    height: raster.image.info.height,
    bytes: bytes.length,
    storageKey,
  };
}

/** A stable order (kind, format, width) so repeated runs return identical lists. */
export function sortVariants(variants: DerivedVariant[]): DerivedVariant[] {
  return variants.sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.format.localeCompare(b.format) || a.width - b.width,
  );
}
