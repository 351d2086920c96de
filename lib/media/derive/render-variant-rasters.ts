import sharp, { type Sharp } from "sharp";
import type { RawImage, VariantRaster } from "../types";
import { openImage } from "../open-image";
import { planVariantWidths } from "./plan-variant-widths";
import { placeWatermark, type RenderedWatermark, type WatermarkSpec } from "../watermark/render-watermark";

const THUMB_SIZE = 400;

const rawOf = (image: RawImage) => ({
  raw: { width: image.info.width, height: image.info.height, channels: image.info.channels },
});

async function toRaw(pipeline: Sharp): Promise<RawImage> {
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return {
    data,
    info: { width: info.width, height: info.height, channels: info.channels as RawImage["info"]["channels"] },
  };
}

async function withWatermark(
  image: RawImage,
  watermark: { mark: RenderedWatermark; spec: WatermarkSpec } | null,
  minWidth: number,
): Promise<RawImage> {
  if (!watermark || image.info.width < minWidth) return image;
  const overlay = await placeWatermark(watermark.mark, watermark.spec, image.info.width, image.info.height);
  return toRaw(openImage(image.data, rawOf(image)).composite([overlay]));
}

/**
 * From the one decoded image, the pixels of every public variant: each display width (each
 * resized from the next larger clean one, which is cheaper than from the top and keeps the
 * watermark from being resized into smaller ones) and the thumbnail, a 400x400 crop centred on
 * the most salient region (uniform tiles for the admin grid and gallery covers; natural-aspect
 * small images are the 320/640 display variants). Watermarked when at least `minWidth` wide.
 */
export async function renderVariantRasters(
  decoded: RawImage,
  options: {
    widths?: readonly number[];
    watermark: { mark: RenderedWatermark; spec: WatermarkSpec } | null;
    watermarkMinWidth: number;
  },
): Promise<VariantRaster[]> {
  const widths = planVariantWidths(decoded.info.width, options.widths).sort((a, b) => b - a);
  const clean: RawImage[] = [];
  let previous = decoded;
  for (const width of widths) {
    previous =
      width === previous.info.width
        ? previous
        : await toRaw(openImage(previous.data, rawOf(previous)).resize({ width }));
    clean.push(previous);
  }

  // The smallest clean raster that still covers the thumbnail box is the cheapest source for it.
  const thumbSource =
    [...clean].reverse().find((r) => r.info.width >= THUMB_SIZE && r.info.height >= THUMB_SIZE) ?? decoded;
  const thumb = await toRaw(
    openImage(thumbSource.data, rawOf(thumbSource)).resize(THUMB_SIZE, THUMB_SIZE, {
      fit: "cover",
      position: sharp.strategy.attention,
      withoutEnlargement: true,
    }),
  );

  const rasters = await Promise.all([
    ...clean.map(async (image) => ({
      kind: "DISPLAY" as const,
      name: `w${image.info.width}`,
      image: await withWatermark(image, options.watermark, options.watermarkMinWidth),
    })),
    (async () => ({
      kind: "THUMB" as const,
      name: "thumb",
      image: await withWatermark(thumb, options.watermark, options.watermarkMinWidth),
    }))(),
  ]);
  return rasters;
}
