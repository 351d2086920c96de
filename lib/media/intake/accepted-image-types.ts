/** The image types an upload may be, by the MIME type sniffed from the bytes, with the extension we store. */
export const ACCEPTED_IMAGE_TYPES: Readonly<Record<string, { mime: string; ext: string }>> = {
  "image/jpeg": { mime: "image/jpeg", ext: "jpg" },
  "image/png": { mime: "image/png", ext: "png" },
  // Animated PNG is a PNG to every decoder that matters.
  "image/apng": { mime: "image/png", ext: "png" },
  "image/webp": { mime: "image/webp", ext: "webp" },
  "image/gif": { mime: "image/gif", ext: "gif" },
  "image/avif": { mime: "image/avif", ext: "avif" },
  "image/tiff": { mime: "image/tiff", ext: "tif" },
  "image/heic": { mime: "image/heic", ext: "heic" },
  "image/heif": { mime: "image/heif", ext: "heif" },
};

export const ACCEPTED_TYPES_LABEL = "JPEG, PNG, WebP, GIF, AVIF, TIFF and HEIC/HEIF";

/** HEIC/HEIF carry HEVC, which the prebuilt sharp cannot decode (AVIF shares the container but not the codec). */
export function isHeic(mime: string): boolean {
  return mime === "image/heic" || mime === "image/heif";
}
