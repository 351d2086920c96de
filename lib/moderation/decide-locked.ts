import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { mediaDtoInclude, toMediaDto } from "@/lib/media/library/to-media-dto";
import { modelScope } from "@/lib/models/model-scope";
import type { DecideMediaResult } from "./decide-media";

/** The photo a person decides on, as its locked row stands inside the decision's transaction. */
export type LockedMedia = { id: string; modelId: string; status: string; moderationStatus: ModerationStatus };

type Outcome = Omit<DecideMediaResult, "item"> & { visibilityChanged: boolean };

/**
 * The frame of every human decision (decide and undo): the photo must be in the user's scope (404
 * otherwise); its row is locked while `decide` writes, so a machine decision arriving at the same
 * moment cannot interleave; the model's public pages are refreshed when the photo's visibility
 * changed; the photo is returned as staff see it.
 */
export async function decideLocked(
  user: StaffUser,
  slug: string,
  mediaId: string,
  why: string,
  decide: (tx: Prisma.TransactionClient, media: LockedMedia) => Promise<Outcome>,
): Promise<DecideMediaResult> {
  const found = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null, model: { slug, ...modelScope(user) } },
    select: { id: true, modelId: true },
  });
  if (!found) throw notFound("Photo");

  const outcome = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { status: string; moderationStatus: ModerationStatus; deletedAt: Date | null }[]
    >`SELECT status, moderationStatus, deletedAt FROM MediaItem WHERE id = ${found.id} FOR UPDATE`;
    if (!row || row.deletedAt) throw notFound("Photo");
    return decide(tx, { ...found, status: row.status, moderationStatus: row.moderationStatus });
  });

  if (outcome.visibilityChanged)
    await revalidateMediaGallery(found.modelId, `media ${found.id} ${why} by ${user.id}`, found.id);
  const item = await db.mediaItem.findUniqueOrThrow({ where: { id: found.id }, include: mediaDtoInclude });
  return {
    item: toMediaDto(item, { staff: true }),
    changed: outcome.changed,
    previousStatus: outcome.previousStatus,
    checkId: outcome.checkId,
  };
}
