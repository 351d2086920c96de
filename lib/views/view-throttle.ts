// A light, per-process guard against inflating counts: each address gets a small budget of counted
// views that refills slowly, and the same address viewing the same thing again within a minute counts
// once. Kept in memory (no cookie, nothing stored about visitors); bounded so it cannot grow forever.

const BURST = 30;
const REFILL_PER_MS = 1 / 2000;
const REPEAT_WINDOW_MS = 60_000;
const MAX_KEYS = 20_000;

type Bucket = { tokens: number; at: number };

export type ThrottleVerdict = "count" | "repeat" | "limited";

export interface ViewThrottle {
  check(address: string, target: string, now?: number): ThrottleVerdict;
}

function remember<V>(map: Map<string, V>, key: string, value: V) {
  map.delete(key);
  map.set(key, value);
  // Maps iterate in insertion order: the first keys are the least recently used.
  while (map.size > MAX_KEYS) map.delete(map.keys().next().value!);
}

export function createViewThrottle(): ViewThrottle {
  const buckets = new Map<string, Bucket>();
  const recent = new Map<string, number>();
  return {
    check(address, target, now = Date.now()) {
      const key = `${address} ${target}`;
      const last = recent.get(key);
      if (last !== undefined && now - last < REPEAT_WINDOW_MS) return "repeat";
      const previous = buckets.get(address) ?? { tokens: BURST, at: now };
      const tokens = Math.min(BURST, previous.tokens + (now - previous.at) * REFILL_PER_MS);
      if (tokens < 1) {
        remember(buckets, address, { tokens, at: now });
        return "limited";
      }
      remember(buckets, address, { tokens: tokens - 1, at: now });
      remember(recent, key, now);
      return "count";
    },
  };
}

/** The app's one throttle (per server process). */
export const viewThrottle: ViewThrottle = createViewThrottle();
