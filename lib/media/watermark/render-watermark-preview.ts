import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getStorage } from "@/lib/storage/get-storage";
import type { RawImage } from "../types";
import { decodeSource } from "../derive/decode-source";
import { getMediaOrThrow } from "../library/get-media-or-throw";
import { loadWatermark } from "./load-watermark";
import { openImage } from "../open-image";
import { placeWatermark, renderWatermark } from "./render-watermark";
import type { WatermarkSettingsInput } from "./watermark-schemas";
import { withOriginalFile } from "../derive/with-original-file";

/** A neutral light-to-dark gradient, so the mark's legibility shows on both, when the model has no photo yet. */
async function gradient(width: number): Promise<RawImage> {
  const height = Math.round((width * 2) / 3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e8e4dc"/><stop offset="1" stop-color="#2b2d33"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  const { data, info } = await openImage(Buffer.from(svg))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: 3 } };
}

/**
 * A JPEG showing unsaved watermark settings on one of the model's photos (or a gradient), drawn by
 * the same code as the real variants: the admin's live preview. Fast (one shrink-on-load decode).
 */
export async function renderWatermarkPreview(
  user: StaffUser,
  slug: string,
  settings: WatermarkSettingsInput,
  { mediaId, width }: { mediaId?: string; width: number },
): Promise<Buffer> {
  const model = await getModelOrThrow(user, slug);
  const storage = getStorage();
  const spec = await loadWatermark(
    {
      watermarkKind: settings.kind ?? model.watermarkKind,
      watermarkText: settings.text ?? model.watermarkText,
      watermarkLogoKey: model.watermarkLogoKey,
      watermarkPosition: settings.position ?? model.watermarkPosition,
      watermarkOpacity: settings.opacity ?? model.watermarkOpacity,
      watermarkScale: settings.scale ?? model.watermarkScale,
      watermarkMargin: settings.margin ?? model.watermarkMargin,
    },
    storage,
  );
  const sample = mediaId
    ? await getMediaOrThrow(user, slug, mediaId)
    : await db.mediaItem.findFirst({
        where: { modelId: model.id, deletedAt: null, status: "READY" },
        orderBy: { createdAt: "desc" },
      });
  const base = sample
    ? await withOriginalFile(storage, sample.originalKey, (file) =>
        decodeSource(file, sample.mime, { maxWidth: width }),
      )
    : await gradient(width);
  const mark = await renderWatermark(spec);
  const layers = mark ? [await placeWatermark(mark, spec, base.info.width, base.info.height)] : [];
  return openImage(base.data, { raw: base.info }).composite(layers).jpeg({ quality: 82 }).toBuffer();
}
