import { config } from "@/lib/config";
import { decodeSource, type DecodedSource } from "./decode-source";
import { VARIANT_WIDTHS } from "./plan-variant-widths";
import type { DeriveVariantsInput, VariantRaster } from "../types";
import { renderVariantRasters } from "./render-variant-rasters";
import { renderWatermark } from "../watermark/render-watermark";

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
