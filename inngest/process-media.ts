import { NonRetriableError } from "inngest";
import { AppError } from "@/lib/errors";
import { inngest } from "@/lib/jobs/client";
import {
  mediaAvifRequested,
  mediaProcessed,
  mediaReprocess,
  mediaUploaded,
  modelWatermarkChanged,
} from "@/lib/jobs/events";
import { deriveMediaVariants } from "@/lib/media/derive/derive-media-variants";
import { markMediaFailed } from "@/lib/media/derive/mark-media-failed";
import { recordMediaMetadata } from "@/lib/media/derive/record-media-metadata";
import { removeStaleVariantFiles } from "@/lib/media/derive/remove-stale-variant-files";
import { saveDerivedMedia } from "@/lib/media/derive/save-derived-media";
import { startMediaRevision } from "@/lib/media/derive/start-media-revision";

/** A photo that cannot be decoded will not decode on a retry either. */
function nonRetriableIfInvalid(error: unknown): never {
  if (error instanceof AppError && (error.code === "invalid" || error.code === "unsupported_type"))
    throw new NonRetriableError(error.message);
  throw error;
}

/**
 * A new photo (`media/uploaded`) or an edited one (`media/reprocess`, a new revision): metadata
 * into the database, then the JPEG/WebP variants with the model's watermark, then READY. AVIF
 * follows in its own lower-priority function; `media/processed` tells moderation. Two runs at a
 * time at most, so a burst of uploads cannot start twenty sharp pipelines on two cores.
 */
export const processMedia = inngest.createFunction(
  {
    id: "process-media",
    name: "Process media",
    triggers: [{ event: mediaUploaded }, { event: mediaReprocess }],
    concurrency: { limit: 2 },
    retries: 3,
    onFailure: async ({ event, error }) => {
      await markMediaFailed(event.data.event.data.mediaId, error.message);
    },
  },
  async ({ event, step }) => {
    const { mediaId, modelId } = event.data;
    const reprocess = event.name === mediaReprocess.name;

    const target = await step.run("start-revision", () => startMediaRevision(mediaId, { bump: reprocess }));
    if (!target) return { skipped: "the photo is gone" };
    const { revision } = target;

    if (!reprocess) await step.run("read-metadata", () => recordMediaMetadata(mediaId));

    const derived = await step.run("derive-variants", () =>
      deriveMediaVariants(mediaId, revision).catch(nonRetriableIfInvalid),
    );
    if (!derived) return { skipped: "the photo is gone" };

    const saved = await step.run("save-variants", () => saveDerivedMedia(derived));
    if (!saved.saved) return { skipped: "a newer revision replaced this one" };

    await step.run("remove-stale-files", () => removeStaleVariantFiles(mediaId, revision));

    // Deterministic ids: a repeated send of the same revision starts nothing new.
    await step.sendEvent(
      "request-avif",
      mediaAvifRequested.create({ mediaId, revision }, { id: `avif-${mediaId}-${revision}` }),
    );
    if (saved.currentWatermarkRevision > derived.watermarkRevision) {
      // The watermark changed while this photo was processing: the re-derive job picks it up.
      await step.sendEvent(
        "rederive-stale-watermark",
        modelWatermarkChanged.create(
          { modelId, watermarkRevision: saved.currentWatermarkRevision },
          { id: `watermark-${modelId}-${saved.currentWatermarkRevision}-${mediaId}` },
        ),
      );
    }
    await step.sendEvent(
      "announce-processed",
      mediaProcessed.create(
        { mediaId, modelId, revision, trigger: reprocess ? "reprocessed" : "uploaded" },
        { id: `processed-${mediaId}-${revision}` },
      ),
    );
    return { revision, variants: derived.variants.length, width: derived.width, height: derived.height };
  },
);
