import { keptByEveryCrop } from "@/lib/media/watermark/watermark-safe-area";

export type WatermarkKind = "NONE" | "TEXT" | "LOGO";
export type WatermarkPosition = "TOP_LEFT" | "TOP_RIGHT" | "BOTTOM_LEFT" | "BOTTOM_RIGHT" | "CENTER";

/** The editable watermark settings of a model (the `watermark*` fields), as the form holds them. */
export interface WatermarkSettings {
  kind: WatermarkKind;
  text: string;
  position: WatermarkPosition;
  /** 0..1 */
  opacity: number;
  /** Width of the mark as a fraction of the photo's width. */
  scale: number;
  /** Distance from the edges as a fraction of the photo's width. */
  margin: number;
}

export const POSITION_LABELS: Record<WatermarkPosition, string> = {
  TOP_LEFT: "Top left",
  TOP_RIGHT: "Top right",
  CENTER: "Centre",
  BOTTOM_LEFT: "Bottom left",
  BOTTOM_RIGHT: "Bottom right",
};

/** Where the mark sits on a photo, in percent of the photo's width and height. */
export interface MarkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));

/**
 * The same arithmetic as the server's `placeWatermark` (lib/media/watermark/render-watermark.ts), so the
 * preview puts the mark where the derived files will have it: width from `scale`, never taller than
 * half the part every cover crop keeps nor wider than the space inside its margins, then placed at
 * `margin` from that part's edges.
 */
export function placeMark(
  photo: { width: number; height: number },
  markAspect: number,
  settings: Pick<WatermarkSettings, "position" | "scale" | "margin">,
): MarkBox {
  const { width, height } = photo;
  const area = keptByEveryCrop(width, height);
  const margin = Math.round(clamp(settings.margin, 0, 0.25) * width);
  let markWidth = Math.max(1, Math.round(clamp(settings.scale, 0.02, 1) * width));
  let markHeight = Math.max(1, Math.round(markWidth / markAspect));
  const fit = Math.min(1, (area.height * 0.5) / markHeight, Math.max(1, area.width - 2 * margin) / markWidth);
  markWidth = Math.max(1, Math.floor(markWidth * fit));
  markHeight = Math.max(1, Math.floor(markHeight * fit));

  const near: [number, number] = [area.left + margin, area.top + margin];
  const right = area.left + Math.max(0, area.width - markWidth - margin);
  const bottom = area.top + Math.max(0, area.height - markHeight - margin);
  const places: Record<WatermarkPosition, [number, number]> = {
    TOP_LEFT: near,
    TOP_RIGHT: [right, near[1]],
    BOTTOM_LEFT: [near[0], bottom],
    BOTTOM_RIGHT: [right, bottom],
    CENTER: [Math.round((width - markWidth) / 2), Math.round((height - markHeight) / 2)],
  };
  const [left, top] = places[settings.position] ?? places.BOTTOM_RIGHT;
  return {
    left: (Math.max(0, Math.min(left, width - markWidth)) / width) * 100,
    top: (Math.max(0, Math.min(top, height - markHeight)) / height) * 100,
    width: (markWidth / width) * 100,
    height: (markHeight / height) * 100,
  };
}
