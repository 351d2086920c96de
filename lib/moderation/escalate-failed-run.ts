import { db } from "@/lib/db";
import { applyMachineDecision, type MachineDecisionOutcome } from "./apply-machine-decision";
import { moderationCheckId } from "./check-id";
import { getModerationProvider } from "./providers";

/**
 * The moderation run itself failed (its retries spent on something other than the provider, say
 * the original being unreadable): the photo goes to review with the error, and admins are told
 * in the same transaction.
 * Recorded as attempt 0 of the failed run.
 */
export async function escalateFailedRun(input: {
  runId: string;
  mediaId: string;
  revision: number;
  error: string;
}): Promise<MachineDecisionOutcome> {
  const item = await db.mediaItem.findUnique({
    where: { id: input.mediaId },
    select: { model: { select: { moderationProvider: true } } },
  });
  if (!item) return { applied: false, reason: "the photo is gone" };
  const checkId = moderationCheckId(input.runId, 0);
  const reason = `The automatic check failed (${input.error.slice(0, 500)}); a person must decide.`;
  return applyMachineDecision({
    checkId,
    mediaId: input.mediaId,
    revision: input.revision,
    provider: getModerationProvider(item.model).name,
    attempt: 0,
    decision: "NEEDS_REVIEW",
    reason,
    notifyAdmins: true,
  });
}
