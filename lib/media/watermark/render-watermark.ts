import { createHash } from "node:crypto";
import type { OverlayOptions } from "sharp";
import type { WatermarkPosition } from "@/lib/generated/prisma/enums";
import { openImage } from "../open-image";
import { keptByEveryCrop } from "./watermark-safe-area";

/** The model's watermark settings (the `watermark*` fields on `Model`), with the logo's bytes loaded. */
export type WatermarkSpec = {
  kind: "NONE" | "TEXT" | "LOGO";
  text?: string | null;
  /** The logo image (already validated at its upload), for kind LOGO. */
  logo?: Buffer | null;
  position: WatermarkPosition;
  /** 0..1 */
  opacity: number;
  /** Watermark width as a fraction of the image width. */
  scale: number;
  /** Margin from the edges as a fraction of the image width. */
  margin: number;
};

/** The watermark rendered once per photo at high resolution, trimmed, with its opacity applied (raw RGBA). */
export type RenderedWatermark = { rgba: Buffer; width: number; height: number };

const FONT_SIZE = 160;
const MAX_TEXT = 120;
const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** White text with a soft dark outline, legible on light and dark photos alike. */
function textSvg(text: string): Buffer {
  const width = Math.ceil(Array.from(text).length * FONT_SIZE * 0.8 + FONT_SIZE);
  const height = Math.ceil(FONT_SIZE * 1.8);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<text x="${FONT_SIZE / 2}" y="${FONT_SIZE * 1.25}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="bold" ` +
      `font-size="${FONT_SIZE}" fill="#ffffff" stroke="#000000" stroke-opacity="0.45" stroke-width="${FONT_SIZE / 25}" paint-order="stroke">` +
      `${escapeXml(text)}</text></svg>`,
  );
}

// A burst of uploads to one model renders the same mark over and over (~0.1 s of CPU each).
const cache = new Map<string, Promise<RenderedWatermark | null>>();
const CACHE_SIZE = 8;

/**
 * Renders the mark (text as SVG through sharp's librsvg, or the logo), trims it to its visible
 * pixels and bakes in the opacity; `placeWatermark` then scales it for each variant. Cached per
 * settings. Returns null when the model has no watermark.
 */
export function renderWatermark(spec: WatermarkSpec | null | undefined): Promise<RenderedWatermark | null> {
  if (!spec || spec.kind === "NONE") return Promise.resolve(null);
  const logoHash =
    spec.kind === "LOGO" && spec.logo ? createHash("sha1").update(spec.logo).digest("hex") : "";
  const key = JSON.stringify([spec.kind, spec.kind === "TEXT" ? spec.text : logoHash, spec.opacity]);
  let rendered = cache.get(key);
  if (!rendered) {
    rendered = renderUncached(spec);
    // A failed render must not stay cached.
    rendered.catch(() => cache.delete(key));
    cache.set(key, rendered);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return rendered;
}

async function renderUncached(spec: WatermarkSpec): Promise<RenderedWatermark | null> {
  const opacity = clamp(spec.opacity, 0, 1);
  if (opacity === 0) return null;

  let source;
  if (spec.kind === "TEXT") {
    const text = Array.from((spec.text ?? "").replace(/\s+/g, " ").trim())
      .slice(0, MAX_TEXT)
      .join("");
    if (!text) return null;
    source = openImage(textSvg(text)).trim();
  } else {
    if (!spec.logo?.length) return null;
    source = openImage(spec.logo)
      .autoOrient()
      .resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true });
  }
  const { data, info } = await source
    .toColourspace("srgb")
    .ensureAlpha()
    .linear([1, 1, 1, opacity], [0, 0, 0, 0])
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  return { rgba: data, width: info.width, height: info.height };
}

/**
 * The mark sized and positioned for one variant of `width` x `height`, as a sharp composite layer:
 * `scale` and `margin` are fractions of the photo's width, and the corners are those of the part every
 * public cover crop keeps (`keptByEveryCrop`), so a cropped tile never cuts the mark.
 */
export async function placeWatermark(
  mark: RenderedWatermark,
  spec: WatermarkSpec,
  width: number,
  height: number,
): Promise<OverlayOptions> {
  const area = keptByEveryCrop(width, height);
  const margin = Math.round(clamp(spec.margin, 0, 0.25) * width);
  let markWidth = Math.max(1, Math.round(clamp(spec.scale, 0.02, 1) * width));
  let markHeight = Math.max(1, Math.round((markWidth * mark.height) / mark.width));
  // Never taller than half the kept part, nor wider than the space inside its margins.
  const fit = Math.min(1, (area.height * 0.5) / markHeight, Math.max(1, area.width - 2 * margin) / markWidth);
  markWidth = Math.max(1, Math.floor(markWidth * fit));
  markHeight = Math.max(1, Math.floor(markHeight * fit));

  const input = await openImage(mark.rgba, { raw: { width: mark.width, height: mark.height, channels: 4 } })
    .resize(markWidth, markHeight, { fit: "fill" })
    .raw()
    .toBuffer();
  const near = { left: area.left + margin, top: area.top + margin };
  const right = area.left + Math.max(0, area.width - markWidth - margin);
  const bottom = area.top + Math.max(0, area.height - markHeight - margin);
  const place: Record<WatermarkPosition, { left: number; top: number }> = {
    TOP_LEFT: near,
    TOP_RIGHT: { left: right, top: near.top },
    BOTTOM_LEFT: { left: near.left, top: bottom },
    BOTTOM_RIGHT: { left: right, top: bottom },
    CENTER: { left: Math.round((width - markWidth) / 2), top: Math.round((height - markHeight) / 2) },
  };
  const { left, top } = place[spec.position] ?? place.BOTTOM_RIGHT;
  return {
    input,
    raw: { width: markWidth, height: markHeight, channels: 4 },
    left: Math.max(0, Math.min(left, width - markWidth)),
    top: Math.max(0, Math.min(top, height - markHeight)),
  };
}
