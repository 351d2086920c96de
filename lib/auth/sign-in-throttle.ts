import { db } from "@/lib/db";
import { fitColumn } from "@/lib/text/fit-column";

/**
 * The sign-in slow-down: after a few recent failures for an account or an address, the next attempt is
 * refused (429-style, with a retry-after) until a delay has passed since the last failure. The delay
 * doubles with every further failure up to a cap, and nothing is ever locked: once the delay has passed a
 * correct password signs in. Refused attempts do not count, so waiting always helps.
 */
export const SIGN_IN_THROTTLE = {
  windowMinutes: 15,
  account: { freeFailures: 5, baseDelaySeconds: 15, maxDelaySeconds: 300 },
  ip: { freeFailures: 20, baseDelaySeconds: 15, maxDelaySeconds: 900 },
} as const;

type Limit = (typeof SIGN_IN_THROTTLE)["account" | "ip"];

export interface ThrottleKeys {
  account: string;
  ip: string | null;
}

// `SignInAttempt.key` is a VARCHAR(191): a longer email typed at sign-in must slow down, not fail.
const accountKey = (account: string) => fitColumn(`account:${account}`);

function keysOf(keys: ThrottleKeys): { key: string; limit: Limit }[] {
  const list: { key: string; limit: Limit }[] = [
    { key: accountKey(keys.account), limit: SIGN_IN_THROTTLE.account },
  ];
  if (keys.ip) list.push({ key: fitColumn(`ip:${keys.ip}`), limit: SIGN_IN_THROTTLE.ip });
  return list;
}

/** Seconds of delay owed after `failures` recent failures (0 while under the free allowance). */
export function delayAfterFailures(failures: number, limit: Limit): number {
  if (failures < limit.freeFailures) return 0;
  return Math.min(limit.baseDelaySeconds * 2 ** (failures - limit.freeFailures), limit.maxDelaySeconds);
}

/** Seconds the caller must still wait before trying again; 0 when an attempt is allowed now. */
export async function checkSignInThrottle(keys: ThrottleKeys, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
  let wait = 0;
  for (const { key, limit } of keysOf(keys)) {
    const [failures, last] = await Promise.all([
      db.signInAttempt.count({ where: { key, createdAt: { gte: since } } }),
      db.signInAttempt.findFirst({
        where: { key },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      }),
    ]);
    const delay = delayAfterFailures(failures, limit);
    if (delay && last) {
      const remaining = Math.ceil((last.createdAt.getTime() + delay * 1000 - now.getTime()) / 1000);
      wait = Math.max(wait, remaining);
    }
  }
  return wait;
}

/** Counts one failed attempt against the account and the address, and forgets ones outside the window. */
export async function recordSignInFailure(keys: ThrottleKeys, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
  const list = keysOf(keys);
  await db.$transaction([
    db.signInAttempt.createMany({ data: list.map(({ key }) => ({ key, createdAt: now })) }),
    db.signInAttempt.deleteMany({
      where: { key: { in: list.map(({ key }) => key) }, createdAt: { lt: since } },
    }),
  ]);
}

/** A successful sign-in clears the account's failures (the address keeps its own, so guessing stays slow). */
export async function clearSignInFailures(keys: ThrottleKeys): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { key: accountKey(keys.account) } });
}
