import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { GALLERY_CSS } from "@/components/gallery/gallery-css";
import { placeMark, type WatermarkPosition } from "@/components/media/watermark-placement";
import type { RawImage } from "@/lib/media/types";
import { renderVariantRasters } from "@/lib/media/derive/render-variant-rasters";
import { placeWatermark, renderWatermark, type WatermarkSpec } from "@/lib/media/watermark/render-watermark";
import { fixture } from "../helpers/fixtures";

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

// What a public cover card shows of a photo: `object-fit: cover`, centred, in a 4:5 card (5:4 on
// phones), zoomed by 2% on hover (gallery-css.ts). Worked out here from the CSS, not from the code
// that places the mark.
const CARD_ASPECTS = [4 / 5, 5 / 4];
const HOVER_ZOOM = 1.02;

function shownByCard(photo: { width: number; height: number }, cardAspect: number) {
  const ratio = photo.width / photo.height;
  const width = (ratio > cardAspect ? (photo.height * cardAspect) / 1 : photo.width) / HOVER_ZOOM;
  const height = (ratio > cardAspect ? photo.height : photo.width / cardAspect) / HOVER_ZOOM;
  return { left: (photo.width - width) / 2, top: (photo.height - height) / 2, width, height };
}

type Box = { left: number; top: number; width: number; height: number };
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.left + inner.width <= outer.left + outer.width &&
  inner.top + inner.height <= outer.top + outer.height;

describe("cover cards never cut the watermark", () => {
  it("draws the cards in the proportions these tests assume", () => {
    expect(GALLERY_CSS).toContain(".card .cover{position:relative;display:block;aspect-ratio:4/5;");
    expect(GALLERY_CSS).toContain("@media (max-width:640px){.card .cover{aspect-ratio:5/4}}");
    expect(GALLERY_CSS).toContain(".card a:hover img{transform:scale(1.02)}");
  });

  const photos = [
    { width: 1920, height: 1280 },
    { width: 1280, height: 1920 },
    { width: 1600, height: 1600 },
    { width: 2560, height: 1440 },
    { width: 1920, height: 640 },
    { width: 1200, height: 1500 },
  ];
  for (const photo of photos) {
    it(`keeps a mark in any position inside every card crop of a ${photo.width}x${photo.height} photo`, async () => {
      for (const position of POSITIONS) {
        for (const settings of [
          { scale: 0.3, margin: 0.02 },
          { scale: 0.6, margin: 0.05 },
        ]) {
          const box = await serverBox(photo, { width: 1000, height: 220 }, { position, ...settings });
          for (const aspect of CARD_ASPECTS) {
            expect(inside(box, shownByCard(photo, aspect)), `${position} in a ${aspect} card`).toBe(true);
          }
        }
      }
    });
  }

  it("holds on real derived pixels: the marked pixels of a public variant lie inside every card crop", async () => {
    const spec: WatermarkSpec = {
      kind: "TEXT",
      text: "Ava Lauren",
      position: "BOTTOM_RIGHT",
      opacity: 0.9,
      scale: 0.35,
      margin: 0.03,
    };
    const mark = (await renderWatermark(spec))!;
    const landscape = sharp(fixture("door-knocker.jpg"));
    for (const [shape, source] of [
      ["landscape", landscape.clone()],
      ["portrait", landscape.clone().rotate(90)],
    ] as const) {
      const { data, info } = await source.raw().toBuffer({ resolveWithObject: true });
      const decoded: RawImage = { data, info: { width: info.width, height: info.height, channels: 3 } };
      for (const position of POSITIONS) {
        const render = (watermark: { mark: typeof mark; spec: WatermarkSpec } | null) =>
          renderVariantRasters(decoded, { widths: [info.width], watermark, watermarkMinWidth: 0 });
        const [clean, marked] = await Promise.all([
          render(null),
          render({ mark, spec: { ...spec, position } }),
        ]);
        const a = clean.find((r) => r.kind === "DISPLAY")!.image;
        const b = marked.find((r) => r.kind === "DISPLAY")!.image;
        const { width, height } = b.info;
        // Bounding box of every pixel the mark changed (compositing alone moves a value by a unit or two).
        let [minX, minY, maxX, maxY] = [width, height, -1, -1];
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const atA = (y * width + x) * a.info.channels;
            const atB = (y * width + x) * b.info.channels;
            for (let c = 0; c < 3; c++) {
              if (Math.abs(a.data[atA + c]! - b.data[atB + c]!) > 12) {
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
                break;
              }
            }
          }
        }
        expect(maxX, `${shape} ${position}: the mark is there`).toBeGreaterThan(minX);
        const drawn = { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
        for (const aspect of CARD_ASPECTS) {
          expect(
            inside(drawn, shownByCard({ width, height }, aspect)),
            `${shape} ${position}, ${aspect}`,
          ).toBe(true);
        }
      }
    }
  });
});
