import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { settleEach, type BulkDecisionOutcome } from "./settle-each";
import { undoDecision } from "./undo-decision";

/** Undoes several decisions (the bulk toast's Undo), each exactly as `undoDecision` would alone. */
export async function undoDecisionMany(
  user: StaffUser,
  targets: readonly { modelSlug: string; mediaId: string; checkId: string }[],
  meta: AuditMeta = {},
): Promise<BulkDecisionOutcome[]> {
  return settleEach(targets, ({ modelSlug, mediaId, checkId }) =>
    undoDecision(user, modelSlug, mediaId, checkId, meta),
  );
}
