// Public cover tiles crop photos (CSS `object-fit: cover`, centred): gallery and model cards are 4:5,
// 5:4 on phones, and a hovered card zooms in by 2%. A watermark in a corner of the whole photo lost its
// last letters to those crops, so marks are placed inside what every crop keeps.
// components/gallery/gallery-css.ts draws the cards from these same numbers.

/** Width / height of the public cover cards: portrait on wider screens, landscape on phones. */
export const COVER_TILE_ASPECTS = { portrait: { w: 4, h: 5 }, landscape: { w: 5, h: 4 } } as const;
/** How much a hovered cover card zooms its photo. */
export const COVER_HOVER_ZOOM = 1.02;

/** A box in pixels of the photo. */
export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The centred part of a `width` x `height` photo that every cover crop keeps, in whole pixels. The
 * justified grid shows photos uncropped (its tiles take the photo's own aspect ratio, clamped to 1:4..4:1,
 * which crops less than the cards do).
 */
export function keptByEveryCrop(width: number, height: number): PixelBox {
  const ratio = width / height;
  const narrowest = COVER_TILE_ASPECTS.portrait.w / COVER_TILE_ASPECTS.portrait.h;
  const widest = COVER_TILE_ASPECTS.landscape.w / COVER_TILE_ASPECTS.landscape.h;
  const keptWidth = (width * Math.min(1, narrowest / ratio)) / COVER_HOVER_ZOOM;
  const keptHeight = (height * Math.min(1, ratio / widest)) / COVER_HOVER_ZOOM;
  const left = Math.ceil((width - keptWidth) / 2);
  const top = Math.ceil((height - keptHeight) / 2);
  return {
    left,
    top,
    width: Math.max(1, Math.floor((width + keptWidth) / 2) - left),
    height: Math.max(1, Math.floor((height + keptHeight) / 2) - top),
  };
}
