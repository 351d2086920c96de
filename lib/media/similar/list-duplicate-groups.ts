import { db } from "@/lib/db";
import { mediaDtoInclude, toMediaDto } from "../library/to-media-dto";
import { connectedGroups } from "./connected-groups";
import type { SimilarMediaDto } from "./list-similar-media";
import { columnToHash, hammingDistance } from "./perceptual-hash";

export type DuplicateGroups = {
  /** Largest first, then the most recently added; each oldest photo first, `distance` from that one. */
  groups: { items: SimilarMediaDto[] }[];
  /** Groups in all; `truncated` when more than `limit` of them. */
  total: number;
  truncated: boolean;
};

/**
 * The model's near-duplicate groups for review: photos connected through their near-duplicate pairs,
 * trashed photos (and the links through them) left out, so keeping one and trashing the rest empties
 * the group. At most `limit` groups.
 */
export async function listDuplicateGroups(modelId: string, { limit = 100 } = {}): Promise<DuplicateGroups> {
  // Each pair once (both directions are stored), both photos of this model and not in the trash.
  const pairs = await db.$queryRaw<{ mediaId: string; otherId: string }[]>`
    SELECT s.mediaId, s.otherId FROM MediaSimilar s
    JOIN MediaItem a ON a.id = s.mediaId
    JOIN MediaItem b ON b.id = s.otherId
    WHERE a.modelId = ${modelId} AND a.deletedAt IS NULL AND b.deletedAt IS NULL AND s.mediaId < s.otherId`;
  const ids = connectedGroups(pairs);
  const facts = new Map(
    (
      await db.mediaItem.findMany({
        where: { id: { in: ids.flat() } },
        select: { id: true, createdAt: true, phash: true },
      })
    ).map((item) => [item.id, item]),
  );
  const oldestFirst = (a: string, b: string) =>
    facts.get(a)!.createdAt.getTime() - facts.get(b)!.createdAt.getTime() || a.localeCompare(b);
  const newest = (group: string[]) => facts.get(group.at(-1)!)!.createdAt.getTime();
  // A photo deleted for good between the two reads drops out.
  const ordered = ids
    .map((group) => group.filter((id) => facts.has(id)).sort(oldestFirst))
    .filter((group) => group.length > 1)
    .sort((a, b) => b.length - a.length || newest(b) - newest(a) || a[0]!.localeCompare(b[0]!));
  const shown = ordered.slice(0, limit);

  const items = new Map(
    (await db.mediaItem.findMany({ where: { id: { in: shown.flat() } }, include: mediaDtoInclude })).map(
      (item) => [item.id, item],
    ),
  );
  const hashOf = (id: string) => columnToHash(facts.get(id)!.phash ?? 0n);
  return {
    groups: shown.map((group) => ({
      items: group.flatMap((id) => {
        const item = items.get(id);
        return item
          ? [
              {
                ...toMediaDto(item, { staff: true }),
                distance: hammingDistance(hashOf(group[0]!), hashOf(id)),
              },
            ]
          : [];
      }),
    })),
    total: ordered.length,
    truncated: ordered.length > limit,
  };
}
