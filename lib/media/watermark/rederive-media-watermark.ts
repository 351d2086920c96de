import { db } from "@/lib/db";
import { inngest } from "@/lib/jobs/client";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { avifRequest, deriveRevision, runInline } from "../derive/derive-revision";

/**
 * Re-derives one READY photo's public variants with its model's current watermark, under a new
 * revision (new URLs; the old files go once the new rows are in), then asks for its AVIF. The
 * photo stays READY and public throughout. Skips a photo already current. Safe to repeat: a retry
 * takes yet another revision and removes what an interrupted attempt wrote.
 */
export async function rederiveMediaWatermark(mediaId: string, storage: Storage = getStorage()) {
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null, status: "READY" },
    select: { watermarkRevision: true, model: { select: { watermarkRevision: true } } },
  });
  if (!item || item.watermarkRevision >= item.model.watermarkRevision) return { rederived: false };

  const outcome = await deriveRevision({ mediaId, bump: true, readMetadata: false, storage }, runInline);
  if (!outcome.done) return { rederived: false };
  await inngest.send(avifRequest(mediaId, outcome.revision));
  return { rederived: true, revision: outcome.revision };
}
