import { inngest } from "@/lib/jobs/client";
import { modelWatermarkChanged } from "@/lib/jobs/events";

/** Starts (once per revision: the event id is fixed) the background re-derive of a model's public variants. */
export async function requestWatermarkRederive(model: {
  id: string;
  watermarkRevision: number;
}): Promise<void> {
  await inngest.send(
    modelWatermarkChanged.create(
      { modelId: model.id, watermarkRevision: model.watermarkRevision },
      { id: `watermark-${model.id}-${model.watermarkRevision}` },
    ),
  );
}
