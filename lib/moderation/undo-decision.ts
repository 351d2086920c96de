import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { mediaDtoInclude, toMediaDto } from "@/lib/media/library/to-media-dto";
import { modelScope } from "@/lib/models/model-scope";
import type { DecideMediaResult } from "./decide-media";
import { decisionRefusal } from "./decision-refusal";
import { recordHumanDecision } from "./record-human-decision";
import { HUMAN_DECISIONS, type HumanDecision } from "./schemas";

const isHumanDecision = (status: ModerationStatus | null): status is HumanDecision =>
  (HUMAN_DECISIONS as readonly (ModerationStatus | null)[]).includes(status);

/**
 * Takes back a person's decision (the review queue's Undo): the photo returns to exactly the status
 * it had before `checkId`, recorded as a decision of its own (history and audit). Scoped like any
 * decision (404 outside the user's models); only a role that may make the original move may undo it
 * (403); refused with 409 once anything has moved the photo since, so an Undo never overwrites a
 * later decision.
 */
export async function undoDecision(
  user: StaffUser,
  slug: string,
  mediaId: string,
  checkId: string,
  meta: AuditMeta = {},
): Promise<DecideMediaResult> {
  const found = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null, model: { slug, ...modelScope(user) } },
    select: { id: true, modelId: true },
  });
  if (!found) throw notFound("Photo");

  const outcome = await db.$transaction(async (tx) => {
    const [item] = await tx.$queryRaw<
      { status: string; moderationStatus: ModerationStatus; deletedAt: Date | null }[]
    >`SELECT status, moderationStatus, deletedAt FROM MediaItem WHERE id = ${found.id} FOR UPDATE`;
    if (!item || item.deletedAt) throw notFound("Photo");
    const check = await tx.moderationCheck.findFirst({
      where: { id: checkId, mediaId: found.id, provider: "human", automatic: false },
      select: { id: true, decision: true, previousStatus: true, createdAt: true },
    });
    if (!check || !isHumanDecision(check.decision)) throw notFound("Decision");
    const refusal = decisionRefusal(user, check.previousStatus, check.decision);
    if (refusal) throw forbidden(refusal);
    const later = await tx.moderationCheck.count({
      where: { mediaId: found.id, id: { not: check.id }, createdAt: { gte: check.createdAt } },
    });
    if (later > 0 || item.moderationStatus !== check.decision) {
      throw new AppError("conflict", "This photo has changed since that decision, so it cannot be undone.");
    }

    const written = await recordHumanDecision(tx, {
      user,
      media: { id: found.id, modelId: found.modelId, status: item.status },
      from: item.moderationStatus,
      to: check.previousStatus,
      reason: "Undo of a decision made by mistake",
      action: "media.moderate.undo",
      undoes: check.id,
      ip: meta.ip,
    });
    return { previousStatus: item.moderationStatus, ...written };
  });

  if (outcome.visibilityChanged) {
    await revalidateMediaGallery(found.modelId, `media ${found.id} decision undone by ${user.id}`);
  }
  const item = await db.mediaItem.findUniqueOrThrow({ where: { id: found.id }, include: mediaDtoInclude });
  return {
    item: toMediaDto(item, { staff: true }),
    changed: true,
    previousStatus: outcome.previousStatus,
    checkId: outcome.checkId,
  };
}
