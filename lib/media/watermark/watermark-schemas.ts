import { z } from "zod";
import { WatermarkKind, WatermarkPosition } from "@/lib/generated/prisma/enums";

/** A model's watermark settings; every field optional in an update (the rest stays as it is). */
export const watermarkSettingsSchema = z
  .object({
    kind: z.enum(WatermarkKind),
    /** Shown for kind TEXT; trimmed, at most 120 characters. */
    text: z.string().trim().max(120).nullable(),
    position: z.enum(WatermarkPosition),
    /** 0 (invisible) to 1. */
    opacity: z.number().min(0).max(1),
    /** The mark's width as a fraction of the photo's width. */
    scale: z.number().min(0.02).max(1),
    /** Distance from the edges as a fraction of the photo's width. */
    margin: z.number().min(0).max(0.25),
  })
  .partial()
  .strict();

export type WatermarkSettingsInput = z.infer<typeof watermarkSettingsSchema>;

export type WatermarkSettings = {
  kind: WatermarkKind;
  text: string | null;
  position: WatermarkPosition;
  opacity: number;
  scale: number;
  margin: number;
};

/** `GET .../watermark/preview?kind=&text=&position=&opacity=&scale=&margin=&mediaId=&width=`: unsaved settings, as strings. */
export const watermarkPreviewQuerySchema = z.object({
  kind: z.enum(WatermarkKind).optional(),
  text: z.string().trim().max(120).optional(),
  position: z.enum(WatermarkPosition).optional(),
  opacity: z.coerce.number().min(0).max(1).optional(),
  scale: z.coerce.number().min(0.02).max(1).optional(),
  margin: z.coerce.number().min(0).max(0.25).optional(),
  /** A photo of the model to preview on; default: the newest ready one. */
  mediaId: z.string().min(1).max(64).optional(),
  width: z.coerce.number().int().min(160).max(1280).default(960),
});
