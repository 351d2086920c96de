import { inngest } from "@/lib/jobs/client";
import { modelWatermarkChanged } from "@/lib/jobs/events";
import { listStaleWatermarkMedia } from "@/lib/media/watermark/list-stale-watermark-media";
import { rederiveMediaWatermark } from "@/lib/media/watermark/rederive-media-watermark";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";

/** Photos per run; a larger library continues in a fresh run (each step replays the run's memo). */
const BATCH = 100;

/**
 * After a model's watermark changed: re-derives the public variants of its READY photos one at a
 * time (one step each, so progress survives a restart and `GET .../watermark` can count it), in
 * the background beside new uploads, then refreshes the model's public pages. A later change to
 * the same model simply finds more photos stale; one run at a time.
 */
export const rederiveWatermark = inngest.createFunction(
  {
    id: "rederive-watermark",
    name: "Re-derive watermarked variants",
    triggers: [{ event: modelWatermarkChanged }],
    concurrency: { limit: 1 },
    retries: 3,
  },
  async ({ event, step }) => {
    const { modelId, watermarkRevision } = event.data;
    const ids = await step.run("list-stale", () => listStaleWatermarkMedia(modelId, BATCH));
    let rederived = 0;
    for (const id of ids) {
      const result = await step.run(`rederive-${id}`, () => rederiveMediaWatermark(id));
      if (result.rederived) rederived++;
    }
    if (rederived > 0)
      await step.run("revalidate-gallery", () => revalidateMediaGallery(modelId, "watermark changed"));

    if (ids.length === BATCH) {
      const next = await step.run("list-remaining", () => listStaleWatermarkMedia(modelId, 1));
      if (next.length) {
        await step.sendEvent(
          "continue",
          modelWatermarkChanged.create(
            { modelId, watermarkRevision },
            { id: `watermark-${modelId}-${watermarkRevision}-after-${ids.at(-1)}` },
          ),
        );
      }
    }
    return { rederived };
  },
);
