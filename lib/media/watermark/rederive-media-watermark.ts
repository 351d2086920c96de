import { db } from "@/lib/db";
import { inngest } from "@/lib/jobs/client";
import { mediaAvifRequested } from "@/lib/jobs/events";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { deriveMediaVariants } from "../derive/derive-media-variants";
import { removeStaleVariantFiles } from "../derive/remove-stale-variant-files";
import { saveDerivedMedia } from "../derive/save-derived-media";
import { startMediaRevision } from "../derive/start-media-revision";

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

  const target = await startMediaRevision(mediaId, { bump: true });
  if (!target) return { rederived: false };
  const derived = await deriveMediaVariants(mediaId, target.revision, storage);
  if (!derived) return { rederived: false };
  const saved = await saveDerivedMedia(derived, storage);
  if (!saved.saved) return { rederived: false };
  await removeStaleVariantFiles(mediaId, target.revision, storage);
  await inngest.send(
    mediaAvifRequested.create(
      { mediaId, revision: target.revision },
      { id: `avif-${mediaId}-${target.revision}` },
    ),
  );
  return { rederived: true, revision: target.revision };
}
