import { config } from "@/lib/config";
import type { Model } from "@/lib/generated/prisma/client";
import type { WatermarkSettings } from "./watermark-schemas";

export type WatermarkDto = WatermarkSettings & {
  /** Bumped on every change; variants carrying an older one are re-derived in the background. */
  revision: number;
  /** The uploaded logo for staff (`GET /api/models/{slug}/watermark/logo`), or null. */
  logoUrl: string | null;
  /** Variants narrower than this carry no watermark (WATERMARK_MIN_WIDTH). */
  minWidth: number;
};

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

type WatermarkColumns = ModelWatermarkFields & Pick<Model, "slug" | "watermarkRevision">;

/** The model's watermark settings as staff edit them; `loadWatermark` adds the logo's bytes to these. */
export function settingsOf(model: ModelWatermarkFields): WatermarkSettings {
  return {
    kind: model.watermarkKind,
    text: model.watermarkText,
    position: model.watermarkPosition,
    opacity: model.watermarkOpacity,
    scale: model.watermarkScale,
    margin: model.watermarkMargin,
  };
}

export function toWatermarkDto(model: WatermarkColumns): WatermarkDto {
  return {
    ...settingsOf(model),
    revision: model.watermarkRevision,
    logoUrl: model.watermarkLogoKey
      ? `/api/models/${encodeURIComponent(model.slug)}/watermark/logo?v=${model.watermarkRevision}`
      : null,
    minWidth: config().WATERMARK_MIN_WIDTH,
  };
}
