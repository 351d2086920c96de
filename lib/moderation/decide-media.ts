import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { forbidden } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import { decideLocked } from "./decide-locked";
import { decisionRefusal } from "./decision-refusal";
import { recordHumanDecision } from "./record-human-decision";
import { moderationDecisionSchema, type ModerationDecisionInput } from "./schemas";

export type DecideMediaResult = {
  item: MediaDto;
  /** False when the photo already had that status (nothing recorded). */
  changed: boolean;
  previousStatus: ModerationStatus;
  /** The history row this decision wrote (what `undoDecision` takes back); null when unchanged. */
  checkId: string | null;
};

/**
 * A person's decision on one photo of the model `slug`: the photo must be in the user's scope (404
 * otherwise), the move allowed by `decisionRefusal` (403). The row is locked while the new status,
 * the history row (who, why, the status before) and the audit entry are written together, so a
 * machine decision arriving at the same moment cannot overwrite it. When the photo becomes public or
 * stops being public, the model's public pages are refreshed at once.
 */
export async function decideMedia(
  user: StaffUser,
  slug: string,
  mediaId: string,
  input: ModerationDecisionInput,
  meta: AuditMeta = {},
): Promise<DecideMediaResult> {
  const { decision, reason } = moderationDecisionSchema.parse(input);
  return decideLocked(user, slug, mediaId, decision.toLowerCase(), async (tx, media) => {
    const refusal = decisionRefusal(user, media.moderationStatus, decision);
    if (refusal) throw forbidden(refusal);
    const previousStatus = media.moderationStatus;
    if (previousStatus === decision)
      return { changed: false, previousStatus, checkId: null, visibilityChanged: false };

    const written = await recordHumanDecision(tx, {
      user,
      media,
      from: previousStatus,
      to: decision,
      reason,
      action: "media.moderate",
      ip: meta.ip,
    });
    return { changed: true, previousStatus, ...written };
  });
}
