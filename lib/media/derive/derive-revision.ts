import { mediaAvifRequested } from "@/lib/jobs/events";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { linkSimilarMedia } from "../similar/link-similar-media";
import type { DerivedMediaRevision } from "../types";
import { deriveMediaVariants } from "./derive-media-variants";
import { recordMediaMetadata } from "./record-media-metadata";
import { removeStaleVariantFiles } from "./remove-stale-variant-files";
import { saveDerivedMedia, type SaveOutcome } from "./save-derived-media";
import { startMediaRevision } from "./start-media-revision";

/**
 * Runs one named stage of the derive. A durable job passes its `step.run` (each stage memoized and
 * retried on its own); a plain caller passes `runInline`. Stages return plain data only.
 */
export type DeriveStepRunner = <T>(name: DeriveStepName, stage: () => Promise<T>) => Promise<T>;

export type DeriveStepName =
  | "start-revision"
  | "read-metadata"
  | "derive-variants"
  | "save-variants"
  | "link-similar"
  | "remove-stale-files";

export const runInline: DeriveStepRunner = (_name, stage) => stage();

export type DeriveRevisionInput = {
  mediaId: string;
  /** A new revision (new public URLs) for a re-derive; false for a photo's first processing. */
  bump: boolean;
  /** Reads EXIF, GPS and ICC into the item first; only the first processing needs it. */
  readMetadata: boolean;
  storage?: Storage;
};

export type DeriveRevisionOutcome =
  | { done: false; reason: string }
  | {
      done: true;
      revision: number;
      derived: DerivedMediaRevision;
      saved: Extract<SaveOutcome, { saved: true }>;
    };

/**
 * The one derive sequence, used by processing, watermark re-derivation and edits: take the
 * revision, read metadata (first time only), derive the JPEG/WebP variants with the model's
 * watermark and the item's edits, make them the item's public variants, link its near-duplicates
 * when its perceptual hash is new or changed (an edit; a watermark change leaves it), then remove
 * older revisions' files. Every stage writes under deterministic keys or rows, so a retry overwrites.
 * AVIF follows separately (`avifRequest`).
 */
export async function deriveRevision(
  input: DeriveRevisionInput,
  run: DeriveStepRunner,
): Promise<DeriveRevisionOutcome> {
  const { mediaId, bump } = input;
  const storage = input.storage ?? getStorage();

  const target = await run("start-revision", () => startMediaRevision(mediaId, { bump }));
  if (!target) return { done: false, reason: "the photo is gone" };
  const { revision } = target;

  if (input.readMetadata) await run("read-metadata", () => recordMediaMetadata(mediaId, storage));

  const derived = await run("derive-variants", () => deriveMediaVariants(mediaId, revision, storage));
  if (!derived) return { done: false, reason: "the photo is gone" };

  const saved = await run("save-variants", () => saveDerivedMedia(derived, storage));
  if (!saved.saved) return { done: false, reason: "a newer revision replaced this one" };
  if (saved.phashChanged) await run("link-similar", () => linkSimilarMedia(mediaId));

  await run("remove-stale-files", () => removeStaleVariantFiles(mediaId, revision, storage));
  return { done: true, revision, derived, saved };
}

/** The AVIF request for a derived revision; its deterministic id makes a repeated send start nothing new. */
export function avifRequest(mediaId: string, revision: number) {
  return mediaAvifRequested.create({ mediaId, revision }, { id: `avif-${mediaId}-${revision}` });
}
