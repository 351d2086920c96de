import { buffer } from "node:stream/consumers";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { errorMessage, type AttemptOutcome } from "./attempt-outcome";
import { serializeCheckScores } from "./check-scores";
import { providerByName } from "./providers";
import { openModerationAttempt, type AttemptTarget } from "./open-moderation-attempt";
import { recordAttemptFailure } from "./record-attempt-failure";

/**
 * One attempt of a provider that answers at once (`mode: "sync"`) on the stored moderation copy:
 * every class score goes onto the attempt's row. A copy the classifier cannot read fails for good;
 * anything else (the model failing to load, say) may work on the next attempt.
 */
export async function classifyMediaAttempt(
  target: AttemptTarget & { copyKey: string },
  storage: Storage = getStorage(),
): Promise<AttemptOutcome> {
  const provider = providerByName(target.provider);
  if (provider.mode !== "sync")
    throw new Error(`The ${provider.name} moderation provider does not classify at once.`);
  const { stop } = await openModerationAttempt(target);
  if (stop) return { kind: "stopped", reason: stop };
  try {
    const result = await provider.classify(await buffer(await storage.get(target.copyKey)));
    await db.moderationCheck.update({
      where: { id: target.checkId },
      data: { scores: serializeCheckScores(result), reason: null },
    });
    return { kind: "scored", checkId: target.checkId };
  } catch (error) {
    const retryable = !(error instanceof AppError && error.code === "invalid");
    const reason = `Attempt ${target.attempt}: the ${provider.label.toLowerCase()} failed: ${errorMessage(error)}`;
    logger.warn({ domain: "moderation", err: error, mediaId: target.mediaId }, "classification failed");
    await recordAttemptFailure(target.checkId, reason);
    return { kind: "failed", retryable, reason };
  }
}
