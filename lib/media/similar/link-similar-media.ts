import { db } from "@/lib/db";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";
import { NEAR_DUPLICATE_MAX_DISTANCE } from "./near-duplicate-max-distance";

/**
 * Records the near-duplicates of one hashed photo among its model's hashed photos (trashed ones too, so a
 * restore brings its pairs back), in both directions, replacing the photo's earlier pairs. Both sides
 * are written, so whichever of two photos is hashed last links them. One pass over the model's
 * hashes (`BIT_COUNT` of the XOR); returns how many partners it found.
 */
export async function linkSimilarMedia(mediaId: string): Promise<{ partners: number }> {
  const item = await db.mediaItem.findUnique({
    where: { id: mediaId },
    select: { modelId: true, phash: true },
  });
  if (!item || item.phash === null) return { partners: 0 };
  const partners = await db.$queryRaw<{ id: string; distance: bigint | number }[]>`
    SELECT id, BIT_COUNT(phash ^ ${item.phash}) AS distance FROM MediaItem
    WHERE modelId = ${item.modelId} AND phash IS NOT NULL AND id <> ${mediaId}
      AND BIT_COUNT(phash ^ ${item.phash}) <= ${NEAR_DUPLICATE_MAX_DISTANCE}`;
  const pairs = partners.flatMap(({ id, distance }) => [
    { mediaId, otherId: id, distance: Number(distance) },
    { mediaId: id, otherId: mediaId, distance: Number(distance) },
  ]);
  await withDeadlockRetry(() =>
    db.$transaction([
      db.mediaSimilar.deleteMany({ where: { OR: [{ mediaId }, { otherId: mediaId }] } }),
      // A partner linking at the same moment may have written the same pairs: same rows, same distance.
      db.mediaSimilar.createMany({ data: pairs, skipDuplicates: true }),
    ]),
  );
  return { partners: partners.length };
}
