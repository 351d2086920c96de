import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { errorMessage, type AttemptOutcome } from "./attempt-outcome";
import { providerByName } from "./providers";
import { moderationBaseUrl } from "./moderation-base-url";
import { openModerationAttempt, type AttemptTarget } from "./open-moderation-attempt";
import { ModerationProviderError } from "./provider-error";
import { recordAttemptFailure } from "./record-attempt-failure";
import { signUrl } from "./sign-url";

/** Where the provider fetches the moderation copy (`app/api/moderation/copies/[mediaId]/[revision]`). */
export function moderationCopyPath(mediaId: string, revision: number): string {
  return `/api/moderation/copies/${encodeURIComponent(mediaId)}/${revision}`;
}

export const MODERATION_WEBHOOK_PATH = "/api/moderation/webhook";

/**
 * One attempt with a provider that answers later (`mode: "async"`): POSTs the job (job id = the attempt's check id, a short-lived
 * signed URL of the moderation copy, the webhook URL) and keeps the provider's job id on the row.
 * Provider failures come back as `failed` with the provider's own verdict on retrying.
 */
export async function submitModerationAttempt(
  target: AttemptTarget,
): Promise<AttemptOutcome | { kind: "submitted"; externalId: string }> {
  const provider = providerByName(target.provider);
  if (provider.mode !== "async") throw new Error(`The ${provider.name} moderation provider takes no jobs.`);
  const { stop } = await openModerationAttempt(target);
  if (stop) return { kind: "stopped", reason: stop };
  try {
    if (!config().MODERATION_WEBHOOK_SECRET) {
      // The callback would be refused: better to say so now than after every timeout.
      throw new ModerationProviderError(
        `The ${provider.name} moderation provider needs MODERATION_WEBHOOK_SECRET to accept the provider's callbacks.`,
        false,
      );
    }
    const base = moderationBaseUrl();
    const { externalId } = await provider.submit({
      jobId: target.checkId,
      imageUrl: signUrl(new URL(moderationCopyPath(target.mediaId, target.revision), base)),
      callbackUrl: new URL(MODERATION_WEBHOOK_PATH, base).toString(),
    });
    await db.moderationCheck.update({ where: { id: target.checkId }, data: { externalId } });
    return { kind: "submitted", externalId };
  } catch (error) {
    // Anything but the provider's failure (the database, say) is the step's to retry.
    if (!(error instanceof ModerationProviderError)) throw error;
    const reason = `Attempt ${target.attempt}: ${errorMessage(error)}`;
    await recordAttemptFailure(target.checkId, reason);
    return {
      kind: "failed",
      retryable: error.retryable,
      reason,
      ...(error.details.retryAfterMs !== undefined && { retryAfterMs: error.details.retryAfterMs }),
    };
  }
}
