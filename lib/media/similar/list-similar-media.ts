import { db } from "@/lib/db";
import { mediaDtoInclude, toMediaDto, type MediaDto } from "../library/to-media-dto";

export type SimilarMediaDto = MediaDto & {
  /** Bits in which the two perceptual hashes differ (0: the same picture). */
  distance: number;
};

/** Enough for any real set of near-copies; a photo with more is better served by the duplicates review. */
const MAX_SIMILAR = 200;

/** The near-duplicates of one photo (already scoped by the caller), nearest first, trashed ones left out. */
export async function listSimilarMedia(mediaId: string): Promise<SimilarMediaDto[]> {
  const pairs = await db.mediaSimilar.findMany({
    where: { mediaId, other: { deletedAt: null } },
    orderBy: [{ distance: "asc" }, { other: { createdAt: "asc" } }, { otherId: "asc" }],
    take: MAX_SIMILAR,
    include: { other: { include: mediaDtoInclude } },
  });
  return pairs.map((pair) => ({ ...toMediaDto(pair.other, { staff: true }), distance: pair.distance }));
}
