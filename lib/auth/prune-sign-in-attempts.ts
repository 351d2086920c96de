import { db } from "@/lib/db";
import { SIGN_IN_THROTTLE } from "./sign-in-throttle";

/**
 * Deletes every failed sign-in attempt older than the slow-down's window, whatever its key. The
 * throttle only counts failures inside the window (and the last failure only matters when some are),
 * so older rows can never change a decision; without this they stay until the same key fails again,
 * which for a one-off address is never. Returns how many rows went.
 */
export async function pruneSignInAttempts(now: Date = new Date()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
  const { count } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  return count;
}
