import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { decideLocked } from "./decide-locked";
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
  return decideLocked(user, slug, mediaId, "decision undone", async (tx, media) => {
    const check = await tx.moderationCheck.findFirst({
      where: { id: checkId, mediaId: media.id, provider: "human", automatic: false },
      select: { id: true, decision: true, previousStatus: true, createdAt: true },
    });
    if (!check || !isHumanDecision(check.decision)) throw notFound("Decision");
    const refusal = decisionRefusal(user, check.previousStatus, check.decision);
    if (refusal) throw forbidden(refusal);
    const later = await tx.moderationCheck.count({
      where: { mediaId: media.id, id: { not: check.id }, createdAt: { gte: check.createdAt } },
    });
    if (later > 0 || media.moderationStatus !== check.decision) {
      throw new AppError("conflict", "This photo has changed since that decision, so it cannot be undone.");
    }

    const written = await recordHumanDecision(tx, {
      user,
      media,
      from: media.moderationStatus,
      to: check.previousStatus,
      reason: "Undo of a decision made by mistake",
      action: "media.moderate.undo",
      undoes: check.id,
      ip: meta.ip,
    });
    return { changed: true, previousStatus: media.moderationStatus, ...written };
  });
}
