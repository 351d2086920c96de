import { readFile } from "node:fs/promises";
import decode from "heic-decode";
import { AppError } from "@/lib/errors";
import type { RawImage } from "../types";

/**
 * Decodes the primary image of a HEIC/HEIF file to RGBA with libheif (wasm), since sharp's
 * prebuilt libvips has no HEVC decoder. libheif applies the container's rotation and mirroring,
 * so the pixels come out upright. A file it cannot decode is an AppError with the reason.
 */
export async function decodeHeic(input: string | Buffer, maxPixels: number): Promise<RawImage> {
  const buffer = typeof input === "string" ? await readFile(input) : input;
  let image;
  try {
    const images = await decode.all({ buffer });
    try {
      const primary = images[0];
      if (!primary) throw new Error("the file holds no image");
      // Checked before decoding: the header's size is what the decoder will allocate.
      if (primary.width * primary.height > maxPixels) {
        throw new AppError("invalid", `The HEIC image is too large: ${primary.width}x${primary.height}.`);
      }
      image = await primary.decode();
    } finally {
      images.dispose();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("invalid", `This HEIC/HEIF photo could not be decoded (${reason}).`);
  }
  const data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return { data, info: { width: image.width, height: image.height, channels: 4 } };
}
