import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-secret";

export const REVALIDATE_TIMESTAMP_HEADER = "x-revalidate-timestamp";
export const REVALIDATE_SIGNATURE_HEADER = "x-revalidate-signature";

/** Requests older or newer than this are refused, so a captured request cannot be replayed later. */
const MAX_SKEW_SECONDS = 60;

// A key of its own, derived from AUTH_SECRET, so a revalidation signature is never a valid anything else.
function signingKey(): Buffer {
  return createHmac("sha256", authSecret()).update("phoenix4ge gallery revalidation v1").digest();
}

function mac(timestamp: string, body: string): string {
  return createHmac("sha256", signingKey()).update(`${timestamp}.${body}`).digest("base64url");
}

/** Headers that let the internal revalidation route trust `body`. */
export function signRevalidation(body: string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000).toString();
  return { [REVALIDATE_TIMESTAMP_HEADER]: timestamp, [REVALIDATE_SIGNATURE_HEADER]: mac(timestamp, body) };
}

/** True when `headers` sign exactly `body` with this app's key, within the allowed clock skew. */
export function verifyRevalidation(headers: Headers, body: string, now = Date.now()): boolean {
  const timestamp = headers.get(REVALIDATE_TIMESTAMP_HEADER) ?? "";
  const signature = headers.get(REVALIDATE_SIGNATURE_HEADER) ?? "";
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  const expected = Buffer.from(mac(timestamp, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
