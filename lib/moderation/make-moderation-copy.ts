import { openImage } from "@/lib/media/open-image";

/** Longest side of the moderation copy: plenty for classifiers (224-299 px inputs) and human review. */
export const MODERATION_COPY_SIDE = 768;

export type ModerationCopy = { data: Buffer; contentType: "image/jpeg"; width: number; height: number };

/**
 * The private copy a classifier sees instead of the original: upright, at most 768 px, without a
 * watermark (it would skew scores) and without metadata (GPS must not leave for an external API).
 * Takes upright raw pixels (as the media pipeline decodes them) or an image file or buffer.
 */
export async function makeModerationCopy(
  source:
    string | Buffer | { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } },
): Promise<ModerationCopy> {
  const image =
    typeof source === "string" || Buffer.isBuffer(source)
      ? openImage(source).autoOrient()
      : openImage(source.data, { raw: source.info });
  const { data, info } = await image
    .resize(MODERATION_COPY_SIDE, MODERATION_COPY_SIDE, { fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .toColourspace("srgb")
    .jpeg({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  return { data, contentType: "image/jpeg", width: info.width, height: info.height };
}
