import { db } from "@/lib/db";
import { serializeCheckScores } from "./check-scores";
import { recordWebhookReceipt } from "./record-webhook-receipt";
import type { ModerationCallback } from "./schemas";

export type CallbackReceipt =
  /** This `webhook-id` was handled before: change nothing. */
  | { status: "duplicate" }
  /** Authentic, but for no attempt we are waiting on (the photo was deleted, say). */
  | { status: "ignored"; reason: string }
  | {
      status: "accepted";
      checkId: string;
      mediaId: string;
      externalId: string;
      scores: ModerationCallback["data"]["scores"];
    };

/**
 * The effect of one verified callback, in one transaction: the receipt of its `webhook-id` (a
 * repeat changes nothing) and the scores on the attempt's row, which is where the moderation run
 * looks when the callback came before it began to wait. The caller then announces it as an event.
 */
export async function receiveModerationCallback(
  webhookId: string,
  callback: ModerationCallback,
): Promise<CallbackReceipt> {
  const { id: externalId, jobId, model, scores } = callback.data;
  return db.$transaction(async (tx) => {
    if (!(await recordWebhookReceipt(webhookId, { client: tx }))) return { status: "duplicate" as const };
    const check = await tx.moderationCheck.findUnique({
      where: { id: jobId },
      select: { id: true, mediaId: true, provider: true, externalId: true, scores: true },
    });
    if (!check || check.provider !== "http")
      return { status: "ignored" as const, reason: "No moderation job has this id." };
    if (check.externalId && check.externalId !== externalId)
      return { status: "ignored" as const, reason: "The provider's job id does not match this job." };
    // A second callback for the same job (under a new webhook-id) keeps the first answer.
    if (!check.scores) {
      await tx.moderationCheck.update({
        where: { id: check.id },
        data: { scores: serializeCheckScores({ model, scores }), externalId },
      });
    }
    return { status: "accepted" as const, checkId: check.id, mediaId: check.mediaId, externalId, scores };
  });
}
