import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { isInternal, toAppError } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { decideMedia } from "./decide-media";
import type { ModerationDecisionInput } from "./schemas";

export type BulkDecisionOutcome =
  | { mediaId: string; ok: true; status: ModerationStatus; changed: boolean }
  | { mediaId: string; ok: false; message: string };

/**
 * The same decision for several photos (the review queue's bulk action), each exactly as
 * `decideMedia` would make it alone: one refused or vanished photo does not stop the others, and
 * each outcome says what happened to its photo.
 */
export async function decideMediaMany(
  user: StaffUser,
  targets: readonly { modelSlug: string; mediaId: string }[],
  input: ModerationDecisionInput,
  meta: AuditMeta = {},
): Promise<BulkDecisionOutcome[]> {
  const outcomes: BulkDecisionOutcome[] = [];
  for (const { modelSlug, mediaId } of targets) {
    try {
      const { item, changed } = await decideMedia(user, modelSlug, mediaId, input, meta);
      outcomes.push({ mediaId, ok: true, status: item.moderationStatus, changed });
    } catch (error) {
      const appError = toAppError(error);
      if (isInternal(appError)) logger.error({ err: error, mediaId }, "bulk moderation decision failed");
      outcomes.push({ mediaId, ok: false, message: appError.message });
    }
  }
  return outcomes;
}
