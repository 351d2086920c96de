import { createHmac, randomBytes } from "node:crypto";
import canonicalize from "canonicalize";

const globalForKey = globalThis as unknown as { jobsEmbeddedSigningKey?: string };

/**
 * In embedded mode the serve handler runs in Inngest's "cloud" mode with a key that only this process
 * knows: the in-process executor signs its calls, and anyone else calling `/api/inngest` is refused.
 */
export function embeddedSigningKey(): string {
  globalForKey.jobsEmbeddedSigningKey ??= `signkey-prod-${randomBytes(32).toString("hex")}`;
  return globalForKey.jobsEmbeddedSigningKey;
}

/** `X-Inngest-Signature` for a request body: HMAC-SHA256 of its RFC 8785 form followed by the time. */
export function signRequestBody(body: unknown, signingKey: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000).toString();
  const key = signingKey.replace(/^signkey-\w+-/, "");
  const message = (body === "" || body === undefined ? "" : (canonicalize(body) ?? "")) + t;
  return `t=${t}&s=${createHmac("sha256", key).update(message).digest("hex")}`;
}
