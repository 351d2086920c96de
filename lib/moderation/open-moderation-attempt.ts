import { db } from "@/lib/db";

export type AttemptTarget = {
  checkId: string;
  mediaId: string;
  revision: number;
  /** A registered provider's name (see lib/moderation/providers). */
  provider: string;
  attempt: number;
};

/**
 * Starts (or, for a retried step, finds again) the `ModerationCheck` row of one provider attempt.
 * Returns why the attempt is pointless instead — the photo is gone, a newer revision replaced it, or
 * someone decided meanwhile — so the run stops without asking the provider again.
 */
export async function openModerationAttempt(target: AttemptTarget): Promise<{ stop: string | null }> {
  const item = await db.mediaItem.findFirst({
    where: { id: target.mediaId, deletedAt: null },
    select: { revision: true, moderationStatus: true },
  });
  if (!item) return { stop: "the photo is gone" };
  if (item.revision !== target.revision) return { stop: `revision ${target.revision} was replaced` };
  if (item.moderationStatus !== "PENDING")
    return { stop: `the photo was ${item.moderationStatus.toLowerCase().replace("_", " ")} meanwhile` };
  await db.moderationCheck.upsert({
    where: { id: target.checkId },
    create: {
      id: target.checkId,
      mediaId: target.mediaId,
      provider: target.provider,
      attempt: target.attempt,
      previousStatus: item.moderationStatus,
      automatic: true,
    },
    update: {},
  });
  return { stop: null };
}
