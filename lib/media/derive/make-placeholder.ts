import { rgbaToThumbHash, thumbHashToDataURL } from "thumbhash";
import type { RawImage } from "../types";

/** A ThumbHash (about 25 bytes, base64) from an RGBA image at most 100x100: the blurred preview shown while a variant loads. */
export function makePlaceholder(smallRgba: RawImage): string {
  const { width, height, channels } = smallRgba.info;
  if (channels !== 4 || width > 100 || height > 100)
    throw new Error("makePlaceholder needs RGBA at most 100x100");
  return Buffer.from(rgbaToThumbHash(width, height, smallRgba.data)).toString("base64");
}

/** The stored placeholder as a tiny PNG data URL for `<img>`/`next/image` `blurDataURL`. */
export function placeholderDataUrl(placeholder: string): string {
  return thumbHashToDataURL(Buffer.from(placeholder, "base64"));
}
