import type { Model } from "@/lib/generated/prisma/client";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import type { WatermarkSpec } from "./render-watermark";
import { settingsOf } from "./watermark-settings-dto";

export type ModelWatermarkFields = Pick<
  Model,
  | "watermarkKind"
  | "watermarkText"
  | "watermarkLogoKey"
  | "watermarkPosition"
  | "watermarkOpacity"
  | "watermarkScale"
  | "watermarkMargin"
>;

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
