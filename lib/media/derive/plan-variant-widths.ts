/** The display widths for the `srcset`; each is derived only when the image is wider. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920, 2560] as const;

/**
 * The widths to derive for an image `imageWidth` wide: never upscaled. The image's own width is
 * the largest variant when it is narrower than the largest standard width, and a standard width
 * within 10% of it is skipped as a near-duplicate.
 */
export function planVariantWidths(imageWidth: number, widths: readonly number[] = VARIANT_WIDTHS): number[] {
  const sorted = [...new Set(widths)].filter((w) => w > 0).sort((a, b) => a - b);
  const largest = sorted.at(-1) ?? imageWidth;
  if (imageWidth >= largest) return sorted;
  return [...sorted.filter((w) => w < imageWidth * 0.9), imageWidth];
}
