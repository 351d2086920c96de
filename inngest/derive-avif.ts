import { config } from "@/lib/config";
import { inngest } from "@/lib/jobs/client";
import { mediaAvifRequested } from "@/lib/jobs/events";
import { countProcessingMedia } from "@/lib/media/derive/count-processing-media";
import { deriveMediaAvif } from "@/lib/media/derive/derive-media-avif";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { saveAvifVariants } from "@/lib/media/derive/save-avif-variants";

/** How long AVIF work waits for new uploads to be processed first, at most (rounds x pause). */
const YIELD_ROUNDS = 10;
const YIELD_PAUSE = "3s";

/**
 * The AVIF variants of one revision, after the photo is already READY: AVIF costs several times
 * JPEG + WebP, so it runs one photo at a time and lets pending uploads go first (a bounded wait).
 */
export const deriveAvif = inngest.createFunction(
  {
    id: "derive-avif",
    name: "Derive AVIF variants",
    triggers: [{ event: mediaAvifRequested }],
    concurrency: { limit: 1 },
    retries: 2,
  },
  async ({ event, step }) => {
    const { mediaId, revision } = event.data;
    if (config().MEDIA_AVIF === "off") return { skipped: "MEDIA_AVIF is off" };
    for (let round = 0; round < YIELD_ROUNDS; round++) {
      const waiting = await step.run("count-processing", () => countProcessingMedia());
      if (waiting === 0) break;
      await step.sleep("yield-to-uploads", YIELD_PAUSE);
    }

    const variants = await step.run("derive-avif", () => deriveMediaAvif(mediaId, revision));
    if (!variants) return { skipped: "revision no longer current" };

    const saved = await step.run("save-avif", () => saveAvifVariants(mediaId, revision, variants));
    if (saved.joined && saved.modelId && saved.moderationStatus === "APPROVED") {
      await step.run("revalidate-gallery", () =>
        revalidateMediaGallery(saved.modelId!, "AVIF variants joined", mediaId),
      );
    }
    return { joined: saved.joined, variants: variants.length };
  },
);
