import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notPublicReason } from "../public/public-media-where";

export interface PlacementProblem {
  id: string;
  reason: string;
}

/**
 * Throws 422 naming every photo in `mediaIds` that cannot be placed in a section of `modelId`: another
 * model's or unknown, deleted, not processed, not approved. Run it in the transaction that places them.
 */
export async function assertPlaceable(
  tx: Pick<Db, "mediaItem">,
  modelId: string,
  mediaIds: readonly string[],
  use = "placed in a gallery",
): Promise<void> {
  if (mediaIds.length === 0) return;
  // Scoped to the model in the query: another model's photo is simply not found here.
  const found = await tx.mediaItem.findMany({
    where: { id: { in: [...mediaIds] }, modelId },
    select: { id: true, status: true, moderationStatus: true, deletedAt: true },
  });
  const byId = new Map(found.map((media) => [media.id, media]));
  const problems: PlacementProblem[] = [];
  for (const id of mediaIds) {
    const media = byId.get(id);
    const reason = media ? notPublicReason(media) : "not a photo of this model";
    if (reason) problems.push({ id, reason });
  }
  if (problems.length === 0) return;
  const list = problems.map((p) => `${p.id} (${p.reason})`).join(", ");
  const message =
    problems.length === 1
      ? `This photo cannot be ${use}: ${list}. Only processed, approved photos of this model can.`
      : `${problems.length} photos cannot be ${use}: ${list}. Only processed, approved photos of this model can.`;
  throw new AppError("invalid", message, { problems });
}
