/** Longest wait between two attempts, whatever the attempt number. */
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * How long to wait before attempt `attempt + 1` after attempt `attempt` (0-based) failed: the step's own
 * `retry-after` when it gave one (seconds or an HTTP date), else `baseMs * 2^attempt`, capped at an hour.
 */
export function retryDelay(
  attempt: number,
  baseMs: number,
  retryAfter?: string | null,
  now = new Date(),
): number {
  if (retryAfter) {
    const trimmed = retryAfter.trim();
    const seconds = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : undefined;
    const fromDate = seconds === undefined ? new Date(trimmed).getTime() - now.getTime() : undefined;
    const delay = seconds ?? fromDate;
    if (delay !== undefined && Number.isFinite(delay)) return Math.max(0, Math.min(delay, MAX_DELAY_MS));
  }
  return Math.min(baseMs * 2 ** Math.max(0, attempt), MAX_DELAY_MS);
}
