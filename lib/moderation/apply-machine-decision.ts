import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notPublicReason } from "@/lib/gallery/public/public-media-where";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import type { PolicyDecision } from "./apply-policy";
import { notifyAdmins } from "./notify-admins";

export type MachineDecision = {
  checkId: string;
  mediaId: string;
  revision: number;
  /** `local`, `http` or `manual`. */
  provider: string;
  attempt: number;
  decision: PolicyDecision;
  reason: string;
  /** Tell owners and admins, in the same transaction, when the decision is applied. */
  notifyAdmins?: boolean;
};

export type MachineDecisionOutcome =
  | { applied: true; decision: PolicyDecision; modelId: string; visibilityChanged: boolean }
  | { applied: false; reason: string };

/**
 * Records an automatic decision on its attempt's row and, when the photo is still PENDING at this
 * revision, applies it — in one transaction with the item's row locked, so a person deciding at the
 * same moment wins or loses cleanly and is never overwritten afterwards. A decision that came too
 * late stays in the history, marked as not applied.
 */
export async function applyMachineDecision(input: MachineDecision): Promise<MachineDecisionOutcome> {
  return db.$transaction(async (tx) => {
    const [item] = await tx.$queryRaw<
      {
        modelId: string;
        revision: number;
        status: string;
        moderationStatus: ModerationStatus;
        deletedAt: Date | null;
      }[]
    >`SELECT modelId, revision, status, moderationStatus, deletedAt FROM MediaItem WHERE id = ${input.mediaId} FOR UPDATE`;
    const refusal = !item
      ? "the photo is gone"
      : item.deletedAt
        ? "the photo was deleted"
        : Number(item.revision) !== input.revision
          ? "a newer revision replaced this one"
          : item.moderationStatus !== "PENDING"
            ? `the photo was ${item.moderationStatus.toLowerCase().replace("_", " ")} meanwhile`
            : null;
    const row = {
      id: input.checkId,
      mediaId: input.mediaId,
      provider: input.provider,
      attempt: input.attempt,
      automatic: true,
    };
    if (!item || refusal) {
      const reason = `${input.reason} Not applied: ${refusal}.`.slice(0, 4000);
      if (item) {
        await tx.moderationCheck.upsert({
          where: { id: input.checkId },
          create: { ...row, previousStatus: item.moderationStatus, reason },
          update: { reason },
        });
      }
      return { applied: false as const, reason: refusal ?? "the photo is gone" };
    }

    await tx.mediaItem.update({
      where: { id: input.mediaId },
      data: { moderationStatus: input.decision, moderatedAt: new Date() },
    });
    const decided = { decision: input.decision, previousStatus: "PENDING" as const, reason: input.reason };
    await tx.moderationCheck.upsert({
      where: { id: input.checkId },
      create: { ...row, ...decided },
      update: decided,
    });
    await recordAudit(tx, {
      actorId: null,
      action: "media.moderation.automatic",
      entityType: "media",
      entityId: input.mediaId,
      modelId: item.modelId,
      before: { moderationStatus: item.moderationStatus },
      after: { moderationStatus: input.decision, provider: input.provider, reason: input.reason },
    });
    if (input.notifyAdmins) await notifyAdmins(input.mediaId, input.checkId, input.reason, tx);
    const state = { status: item.status, deletedAt: null };
    const wasPublic = notPublicReason({ ...state, moderationStatus: item.moderationStatus }) === null;
    const isPublic = notPublicReason({ ...state, moderationStatus: input.decision }) === null;
    return {
      applied: true as const,
      decision: input.decision,
      modelId: item.modelId,
      visibilityChanged: wasPublic !== isPublic,
    };
  });
}
