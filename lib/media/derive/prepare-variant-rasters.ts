import { config } from "@/lib/config";
import type { Storage } from "@/lib/storage/storage";
import { decodeSource, type DecodedSource } from "./decode-source";
import type { EditOperation } from "../edit/edit-operations";
import { VARIANT_WIDTHS } from "./plan-variant-widths";
import { renderVariantRasters, type VariantRaster } from "./render-variant-rasters";
import { renderWatermark, type WatermarkSpec } from "../watermark/render-watermark";

export type DeriveVariantsInput = {
  mediaId: string;
  /** Part of every key: the same revision overwrites (retries), a new one gets new URLs. */
  revision: number;
  /** The original, as a local file path or its bytes. */
  source: string | Buffer;
  /** The sniffed type of the original. */
  mime: string;
  watermark?: WatermarkSpec | null;
  /** Non-destructive edits, applied to the upright original before anything is derived. */
  operations?: readonly EditOperation[];
  /** Defaults to the configured driver. */
  storage?: Storage;
  widths?: readonly number[];
  /** Defaults to WATERMARK_MIN_WIDTH. */
  watermarkMinWidth?: number;
};

export type PreparedVariants = { decoded: DecodedSource; rasters: VariantRaster[] };

/** Decodes the original once and renders every variant's final pixels; shared by the JPEG/WebP and AVIF steps. */
export async function prepareVariantRasters(input: DeriveVariantsInput): Promise<PreparedVariants> {
  const widths = input.widths ?? VARIANT_WIDTHS;
  const decoded = await decodeSource(input.source, input.mime, {
    maxWidth: Math.max(...widths),
    operations: input.operations,
  });
  const mark = await renderWatermark(input.watermark);
  const rasters = await renderVariantRasters(decoded, {
    widths,
    watermark: mark && input.watermark ? { mark, spec: input.watermark } : null,
    watermarkMinWidth: input.watermarkMinWidth ?? config().WATERMARK_MIN_WIDTH,
  });
  return { decoded, rasters };
}
