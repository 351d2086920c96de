import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-secret";
import { AppError } from "@/lib/errors";

/** How long an external moderation service may fetch the copy: long enough to queue, short enough to leak little. */
export const SIGNED_URL_TTL_SECONDS = 15 * 60;

type SignOptions = { expiresInSeconds?: number; now?: Date; secret?: string };

// A key of its own, derived from AUTH_SECRET, so a URL signature can never double as anything else.
function key(secret = authSecret()): Buffer {
  return createHmac("sha256", secret).update("phoenix4ge moderation signed URL v1").digest();
}

// Path and the other query parameters, not the host: the URL keeps working behind a proxy or a renamed APP_URL.
function signedPart(url: URL): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete("signature");
  params.sort();
  return `${url.pathname}?${params.toString()}`;
}

function signature(url: URL, secret?: string): Buffer {
  return createHmac("sha256", key(secret)).update(signedPart(url)).digest();
}

/** Adds `expires` (Unix seconds) and an HMAC `signature` to a URL; returns the signed URL. */
export function signUrl(
  url: string | URL,
  { expiresInSeconds = SIGNED_URL_TTL_SECONDS, now = new Date(), secret }: SignOptions = {},
): string {
  const signed = new URL(url);
  signed.searchParams.delete("signature");
  signed.searchParams.set("expires", String(Math.floor(now.getTime() / 1000) + expiresInSeconds));
  signed.searchParams.set("signature", signature(signed, secret).toString("base64url"));
  return signed.toString();
}

/**
 * Checks a URL made by `signUrl`: the signature (constant-time) over its path and query, then the
 * expiry. Throws AppError `forbidden` with the reason; returns the expiry on success.
 */
export function verifySignedUrl(
  url: string | URL,
  { now = new Date(), secret }: { now?: Date; secret?: string } = {},
): { expiresAt: Date } {
  const parsed = new URL(url);
  const given = parsed.searchParams.get("signature");
  const expires = parsed.searchParams.get("expires");
  if (!given || !expires) throw new AppError("forbidden", "This link is not signed.");
  const expected = signature(parsed, secret);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new AppError("forbidden", "This link's signature is invalid.");
  }
  const expiresAt = new Date(Number(expires) * 1000);
  if (!/^\d+$/.test(expires) || expiresAt.getTime() <= now.getTime())
    throw new AppError("forbidden", "This link has expired.");
  return { expiresAt };
}
