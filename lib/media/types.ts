// The pipeline's data, from decoded pixels to the stored variants a job step returns.
import type { VariantFormat, VariantKind } from "@/lib/generated/prisma/enums";
import type { Storage } from "@/lib/storage/storage";
import type { EditOperation } from "./edit/edit-operations";
import type { WatermarkSpec } from "./watermark/render-watermark";

/** Decoded pixels as sharp's `raw` output/input, the unit every pipeline stage hands on. */
export type RawImage = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

/** One public variant's final pixels (resized, watermarked when wide enough), ready to encode in any format. */
export type VariantRaster = { kind: VariantKind; name: string; image: RawImage };

/** One derived public file, as plain data (never its bytes): what a job step returns and the DB stores. */
export type DerivedVariant = {
  kind: VariantKind;
  format: VariantFormat;
  width: number;
  height: number;
  bytes: number;
  storageKey: string;
};

/** What one derive starts from: the original, its edits and the watermark. */
export type DeriveVariantsInput = {
  mediaId: string;
  /** Part of every key: the same revision overwrites (retries), a new one gets new URLs. */
  revision: number;
  /** The original, as a local file path or its bytes. */
  source: string | Buffer;
  /** The sniffed type of the original. */
  mime: string;
  watermark?: WatermarkSpec | null;
  /** Non-destructive edits, applied to the upright original before anything is derived. */
  operations?: readonly EditOperation[];
  /** Defaults to the configured driver. */
  storage?: Storage;
  widths?: readonly number[];
  /** Defaults to WATERMARK_MIN_WIDTH. */
  watermarkMinWidth?: number;
};

/** Everything one derive produced: the variants' storage keys and the item's new display fields. */
export type DerivedMedia = {
  /** Upright size of the full image (after edits). */
  width: number;
  height: number;
  variants: DerivedVariant[];
  /** ThumbHash, base64 (see `placeholderDataUrl`). */
  placeholder: string;
  /** `#rrggbb` */
  dominantColor: string;
  /** Perceptual hash of the upright, edited picture, 16 hex digits (`perceptualHash`). */
  phash: string;
};

/** A derive of one item's revision, as saved by `saveDerivedMedia`. */
export type DerivedMediaRevision = DerivedMedia & {
  mediaId: string;
  revision: number;
  /** The model's watermark revision these variants carry. */
  watermarkRevision: number;
};
