import { forbidden } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decisionRefusal } from "@/lib/moderation/decision-refusal";
import { recordHumanDecision } from "@/lib/moderation/record-human-decision";
import type { BulkChunkResult, BulkContext, BulkFailure } from "./bulk-operation";
import { findModelMedia } from "./find-model-media";

/**
 * A person's approve or reject over many photos, each recorded exactly as the single decision is (new
 * status, history row, audit entry) with the rows locked, so a machine decision cannot interleave.
 * Trashed photos and moves the actor may not make are failures.
 */
export async function decideMediaSet(
  tx: Prisma.TransactionClient,
  ctx: BulkContext,
  ids: readonly string[],
  to: "APPROVED" | "REJECTED",
  reason: string | null,
): Promise<BulkChunkResult> {
  const actor = ctx.actor;
  if (!actor) throw forbidden("Only a person approves or rejects photos.");
  const { rows, failures } = await findModelMedia(tx, ctx.modelId, ids, { lock: true });
  const refused: BulkFailure[] = [];
  let done = 0;
  let publicChanged = false;
  for (const row of rows) {
    if (row.deletedAt) {
      refused.push({ id: row.id, message: "In the trash.", code: "conflict" });
      continue;
    }
    const refusal = decisionRefusal(actor, row.moderationStatus, to);
    if (refusal) {
      refused.push({ id: row.id, message: refusal, code: "forbidden" });
      continue;
    }
    done++;
    if (row.moderationStatus === to) continue;
    const { visibilityChanged } = await recordHumanDecision(tx, {
      user: actor,
      media: row,
      from: row.moderationStatus,
      to,
      reason,
      action: "media.moderate",
      ip: ctx.ip,
    });
    publicChanged ||= visibilityChanged;
  }
  return { done, failures: [...failures, ...refused], publicChanged };
}
