import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { mediaDtoInclude, toMediaDto, type MediaDto } from "@/lib/media/library/to-media-dto";
import { modelScope } from "@/lib/models/model-scope";
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
    const refusal = decisionRefusal(user, item.moderationStatus, decision);
    if (refusal) throw forbidden(refusal);
    const previousStatus = item.moderationStatus;
    if (previousStatus === decision)
      return { changed: false, previousStatus, checkId: null, visibilityChanged: false };

    const written = await recordHumanDecision(tx, {
      user,
      media: { id: found.id, modelId: found.modelId, status: item.status },
      from: previousStatus,
      to: decision,
      reason,
      action: "media.moderate",
      ip: meta.ip,
    });
    return { changed: true, previousStatus, ...written };
  });

  if (outcome.visibilityChanged) {
    await revalidateMediaGallery(found.modelId, `media ${found.id} ${decision.toLowerCase()} by ${user.id}`);
  }
  const item = await db.mediaItem.findUniqueOrThrow({ where: { id: found.id }, include: mediaDtoInclude });
  return {
    item: toMediaDto(item, { staff: true }),
    changed: outcome.changed,
    previousStatus: outcome.previousStatus,
    checkId: outcome.checkId,
  };
}
