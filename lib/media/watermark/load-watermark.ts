import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import type { WatermarkSpec } from "./render-watermark";
import { settingsOf, type ModelWatermarkFields } from "./watermark-settings-dto";

/** The model columns `loadWatermark` and the watermark revision check read. */
export const watermarkFieldsSelect = {
  watermarkKind: true,
  watermarkText: true,
  watermarkLogoKey: true,
  watermarkPosition: true,
  watermarkOpacity: true,
  watermarkScale: true,
  watermarkMargin: true,
  watermarkRevision: true,
} as const;

/** The model's watermark settings as `deriveVariants` takes them, with the logo's bytes read from storage. */
export async function loadWatermark(
  model: ModelWatermarkFields,
  storage: Storage = getStorage(),
): Promise<WatermarkSpec> {
  let logo: Buffer | null = null;
  if (model.watermarkKind === "LOGO" && model.watermarkLogoKey) {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(model.watermarkLogoKey))
      chunks.push(Buffer.from(chunk as Uint8Array));
    logo = Buffer.concat(chunks);
  }
  return { ...settingsOf(model), logo };
}
