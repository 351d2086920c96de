import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { isHeic } from "../intake/accepted-image-types";
import { applyEditOperations } from "../edit/apply-edit-operations";
import type { RawImage } from "../types";
import { decodeHeic } from "./decode-heic";
import type { EditOperation } from "../edit/edit-operations";
import { isSrgbProfile } from "./is-srgb-profile";
import { openImage } from "../open-image";

export type DecodedSource = RawImage & {
  /** Upright size of the full image after edits, before `maxWidth` was applied. */
  fullWidth: number;
  fullHeight: number;
};

const raw = (image: RawImage) => ({
  raw: { width: image.info.width, height: image.info.height, channels: image.info.channels },
});

function asRawImage({
  data,
  info,
}: {
  data: Buffer;
  info: { width: number; height: number; channels: number };
}): RawImage {
  return {
    data,
    info: { width: info.width, height: info.height, channels: info.channels as RawImage["info"]["channels"] },
  };
}

async function capWidth(image: RawImage, maxWidth: number): Promise<RawImage> {
  if (image.info.width <= maxWidth) return image;
  return asRawImage(
    await openImage(image.data, raw(image))
      .resize({ width: maxWidth })
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
}

/**
 * Decodes a photo ONCE into upright 8-bit sRGB pixels no wider than `maxWidth`: the single
 * source every variant is derived from. Without edits, sharp shrinks while decoding (JPEG/WebP
 * shrink-on-load); with edits, the full image is decoded so a crop keeps its resolution.
 */
export async function decodeSource(
  input: string | Buffer,
  mime: string,
  { maxWidth, operations = [] }: { maxWidth: number; operations?: readonly EditOperation[] },
): Promise<DecodedSource> {
  try {
    let image: RawImage;
    if (isHeic(mime)) {
      // libheif gives RGBA; camera HEICs are opaque, and an alpha band would only enlarge the variants.
      const rgba = await decodeHeic(input, config().MEDIA_MAX_PIXELS);
      image = asRawImage(
        await openImage(rgba.data, raw(rgba)).removeAlpha().raw().toBuffer({ resolveWithObject: true }),
      );
      if (operations.length) image = await applyEditOperations(image, operations);
      return {
        ...(await capWidth(image, maxWidth)),
        fullWidth: image.info.width,
        fullHeight: image.info.height,
      };
    }

    const meta = await openImage(input).metadata();
    // Pixels tagged sRGB (or untagged) are sRGB already: skip the costly per-pixel transform.
    const ignoreIcc = isSrgbProfile(meta.icc);
    if (!operations.length) {
      const decoded = await openImage(input, { ignoreIcc })
        .autoOrient()
        .resize({ width: maxWidth, withoutEnlargement: true })
        .toColourspace("srgb")
        .raw({ depth: "uchar" })
        .toBuffer({ resolveWithObject: true });
      return { ...asRawImage(decoded), fullWidth: meta.autoOrient.width, fullHeight: meta.autoOrient.height };
    }

    const full = asRawImage(
      await openImage(input, { ignoreIcc })
        .autoOrient()
        .toColourspace("srgb")
        .raw({ depth: "uchar" })
        .toBuffer({ resolveWithObject: true }),
    );
    image = await applyEditOperations(full, operations);
    return {
      ...(await capWidth(image, maxWidth)),
      fullWidth: image.info.width,
      fullHeight: image.info.height,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    // sharp prefixes the file path; the reason is shown to staff, the server's paths are not.
    const reason =
      typeof input === "string"
        ? message.replaceAll(`${input}: `, "").replaceAll(input, "the file")
        : message;
    throw new AppError("invalid", `The image could not be decoded (${reason}).`);
  }
}
