import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { notPublicReason } from "@/lib/gallery/public/public-media-where";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";

type Change = {
  user: Pick<StaffUser, "id">;
  media: { id: string; modelId: string; status: string };
  from: ModerationStatus;
  to: ModerationStatus;
  reason: string | null;
  /** `media.moderate`, or `media.moderate.undo` with the check it undoes in `undoes`. */
  action: string;
  undoes?: string;
  ip?: string | null;
};

/**
 * Writes a person's move of a locked photo from `from` to `to`: the new status, the history row and
 * the audit entry, in the caller's transaction. Says whether the photo became or stopped being public.
 */
export async function recordHumanDecision(
  tx: Prisma.TransactionClient,
  { user, media, from, to, reason, action, undoes, ip }: Change,
): Promise<{ checkId: string; visibilityChanged: boolean }> {
  await tx.mediaItem.update({
    where: { id: media.id },
    data: { moderationStatus: to, moderatedAt: new Date() },
  });
  const check = await tx.moderationCheck.create({
    data: {
      mediaId: media.id,
      provider: "human",
      automatic: false,
      decidedById: user.id,
      decision: to,
      previousStatus: from,
      reason,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: user.id,
    action,
    entityType: "media",
    entityId: media.id,
    modelId: media.modelId,
    before: { moderationStatus: from },
    after: { moderationStatus: to, reason, ...(undoes ? { undoes } : {}) },
    ip,
  });
  const state = { status: media.status, deletedAt: null };
  const visibilityChanged =
    (notPublicReason({ ...state, moderationStatus: from }) === null) !==
    (notPublicReason({ ...state, moderationStatus: to }) === null);
  return { checkId: check.id, visibilityChanged };
}
