import { config } from "@/lib/config";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `MODERATION_TIMEOUT` in milliseconds: how long one http attempt waits for its callback. */
export function moderationTimeoutMs(value = config().MODERATION_TIMEOUT): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(value);
  if (!match) throw new Error(`Unreadable MODERATION_TIMEOUT "${value}"`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** Provider attempts per photo before it goes to the review queue (`MODERATION_MAX_ATTEMPTS`). */
export function moderationMaxAttempts(): number {
  return config().MODERATION_MAX_ATTEMPTS;
}

/**
 * The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed: the base doubled per
 * attempt, or the provider's Retry-After when that is longer, capped at an hour.
 */
export function moderationRetryDelayMs(attempt: number, retryAfterMs?: number): number {
  const backoff = config().MODERATION_RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1);
  return Math.min(Math.max(backoff, retryAfterMs ?? 0), 3_600_000);
}

/** The first wait for a callback: a fast provider's answer that raced the wait is found this soon. */
export const FIRST_WAIT_SLICE_MS = 10_000;
/** The longest single wait for a callback; see `moderationWaitSlices`. */
export const MAX_WAIT_SLICE_MS = 5 * 60_000;

/**
 * `timeoutMs` cut into waits: 10 seconds first, then at most 5 minutes each. Between two, the run
 * looks at the attempt's row, so a callback whose event arrived while nobody was waiting yet (in the
 * moment between that look and the next wait) is noticed within one slice, not after the whole
 * timeout. A fast provider is the likely one to hit that moment, hence the short first slice.
 */
export function moderationWaitSlices(timeoutMs: number): number[] {
  const first = Math.min(timeoutMs, FIRST_WAIT_SLICE_MS);
  const slices = [first];
  for (let left = timeoutMs - first; left > 0; left -= MAX_WAIT_SLICE_MS)
    slices.push(Math.min(left, MAX_WAIT_SLICE_MS));
  return slices;
}
