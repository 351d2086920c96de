import { describe, expect, it } from "vitest";
import { placeMark, type WatermarkPosition } from "@/components/media/watermark-placement";
import { placeWatermark } from "@/lib/media/watermark/render-watermark";

// The admin's live preview draws the mark in the browser; these tests hold its arithmetic to the
// server's (`placeWatermark`, real sharp), so the preview shows where the public files carry it.

const POSITIONS: WatermarkPosition[] = ["TOP_LEFT", "TOP_RIGHT", "BOTTOM_LEFT", "BOTTOM_RIGHT", "CENTER"];

async function serverBox(
  photo: { width: number; height: number },
  mark: { width: number; height: number },
  settings: { position: WatermarkPosition; scale: number; margin: number },
) {
  const rgba = Buffer.alloc(mark.width * mark.height * 4, 255);
  const layer = await placeWatermark(
    { rgba, width: mark.width, height: mark.height },
    { kind: "TEXT", text: "x", opacity: 1, ...settings },
    photo.width,
    photo.height,
  );
  const raw = layer.raw as { width: number; height: number };
  return { left: layer.left!, top: layer.top!, width: raw.width, height: raw.height };
}

describe("placeMark", () => {
  const cases = [
    { photo: { width: 1920, height: 1280 }, mark: { width: 1200, height: 260 }, scale: 0.2, margin: 0.02 },
    { photo: { width: 960, height: 1440 }, mark: { width: 900, height: 300 }, scale: 0.35, margin: 0.05 },
    // So tall it is capped at half the photo's height.
    { photo: { width: 1280, height: 400 }, mark: { width: 400, height: 600 }, scale: 0.6, margin: 0.03 },
    // So wide it is capped by the margins.
    { photo: { width: 640, height: 427 }, mark: { width: 1600, height: 200 }, scale: 1, margin: 0.1 },
  ];

  for (const { photo, mark, scale, margin } of cases) {
    for (const position of POSITIONS) {
      it(`matches the server for a ${mark.width}x${mark.height} mark on ${photo.width}x${photo.height}, ${position}, scale ${scale}`, async () => {
        const expected = await serverBox(photo, mark, { position, scale, margin });
        const box = placeMark(photo, mark.width / mark.height, { position, scale, margin });
        // Percent of the photo back to pixels; the mark's height may differ by a pixel of rounding.
        expect(Math.round((box.left / 100) * photo.width)).toBe(expected.left);
        expect(Math.round((box.top / 100) * photo.height)).toBe(expected.top);
        expect(Math.round((box.width / 100) * photo.width)).toBe(expected.width);
        expect(Math.abs((box.height / 100) * photo.height - expected.height)).toBeLessThanOrEqual(1);
      });
    }
  }

  it("keeps the mark inside the photo whatever the settings", () => {
    for (const position of POSITIONS) {
      const box = placeMark({ width: 800, height: 600 }, 4, { position, scale: 5, margin: 1 });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(100);
      expect(box.top + box.height).toBeLessThanOrEqual(100);
    }
  });
});
