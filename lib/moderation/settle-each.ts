import { isInternal, toAppError } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import type { DecideMediaResult } from "./decide-media";

export type BulkDecisionOutcome =
  | { mediaId: string; ok: true; status: ModerationStatus; changed: boolean; checkId: string | null }
  | { mediaId: string; ok: false; message: string };

/**
 * Runs one decision per photo, one after another: one refused or vanished photo does not stop the
 * others, and each outcome says what happened to its photo.
 */
export async function settleEach<T extends { mediaId: string }>(
  targets: readonly T[],
  decide: (target: T) => Promise<DecideMediaResult>,
): Promise<BulkDecisionOutcome[]> {
  const outcomes: BulkDecisionOutcome[] = [];
  for (const target of targets) {
    const { mediaId } = target;
    try {
      const { item, changed, checkId } = await decide(target);
      outcomes.push({ mediaId, ok: true, status: item.moderationStatus, changed, checkId });
    } catch (error) {
      const appError = toAppError(error);
      if (isInternal(appError)) logger.error({ err: error, mediaId }, "bulk moderation decision failed");
      outcomes.push({ mediaId, ok: false, message: appError.message });
    }
  }
  return outcomes;
}
