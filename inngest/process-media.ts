import { NonRetriableError } from "inngest";
import { AppError } from "@/lib/errors";
import { inngest } from "@/lib/jobs/client";
import { mediaProcessed, mediaReprocess, mediaUploaded, modelWatermarkChanged } from "@/lib/jobs/events";
import {
  avifRequest,
  deriveRevision,
  type DeriveStepName,
  type DeriveStepRunner,
} from "@/lib/media/derive/derive-revision";
import { markMediaFailed } from "@/lib/media/derive/mark-media-failed";

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

    // Stage outputs are plain JSON (storage keys, sizes), so the memoized copy has the stage's own type.
    const run: DeriveStepRunner = <T>(name: DeriveStepName, stage: () => Promise<T>) =>
      step.run(name, () => stage().catch(nonRetriableIfInvalid)) as unknown as Promise<T>;
    const outcome = await deriveRevision({ mediaId, bump: reprocess, readMetadata: !reprocess }, run);
    if (!outcome.done) return { skipped: outcome.reason };
    const { revision, derived, saved } = outcome;

    await step.sendEvent("request-avif", avifRequest(mediaId, revision));
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
