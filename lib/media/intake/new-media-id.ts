import { randomBytes } from "node:crypto";

/**
 * A cuid-like id (lowercase, starts with a letter, 25 characters) chosen before the row exists,
 * because the original's storage key contains it and is written first.
 */
export function newMediaId(now = Date.now()): string {
  const time = now.toString(36).padStart(9, "0");
  const random = Array.from(randomBytes(15), (byte) => (byte % 36).toString(36)).join("");
  return `c${time}${random}`;
}
