import { db } from "@/lib/db";

/**
 * After the last retry: the item becomes FAILED with a reason staff can read. Only an item still
 * PROCESSING changes; a READY item whose re-derive failed keeps its working variants. The
 * original is never touched.
 */
export async function markMediaFailed(mediaId: string, reason: string): Promise<boolean> {
  const { count } = await db.mediaItem.updateMany({
    where: { id: mediaId, status: "PROCESSING" },
    data: { status: "FAILED", failureReason: reason.slice(0, 2000) || "Processing failed." },
  });
  return count > 0;
}
