import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function encodeTime(ms: number): string {
  let out = "";
  let value = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 16; i++) out += ALPHABET[(bytes[i] ?? 0) % 32];
  return out;
}

/** A ULID (time-ordered, like Inngest's run and event ids). */
export function newId(now = Date.now()): string {
  return encodeTime(now) + encodeRandom(randomBytes(16));
}

/** A ULID derived from a seed, so the SDK retrying the same send gets the same ids back. */
export function seededId(timeMs: number, seed: string): string {
  return encodeTime(timeMs) + encodeRandom(createHash("sha256").update(seed).digest());
}
