import { createHash } from "node:crypto";

/**
 * The id of attempt `attempt` of moderation run `runId`: derived, not random, so a step retried after a
 * crash writes the same `ModerationCheck` row again instead of a second one. It is also the job id an
 * external provider echoes in its callback.
 */
export function moderationCheckId(runId: string, attempt: number): string {
  return `mc${createHash("sha256").update(`${runId}:${attempt}`).digest("hex").slice(0, 23)}`;
}
