import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { decideMedia } from "./decide-media";
import type { ModerationDecisionInput } from "./schemas";
import { settleEach, type BulkDecisionOutcome } from "./settle-each";

export type { BulkDecisionOutcome };

/**
 * The same decision for several photos (the review queue's bulk action), each exactly as
 * `decideMedia` would make it alone.
 */
export async function decideMediaMany(
  user: StaffUser,
  targets: readonly { modelSlug: string; mediaId: string }[],
  input: ModerationDecisionInput,
  meta: AuditMeta = {},
): Promise<BulkDecisionOutcome[]> {
  return settleEach(targets, ({ modelSlug, mediaId }) => decideMedia(user, modelSlug, mediaId, input, meta));
}
