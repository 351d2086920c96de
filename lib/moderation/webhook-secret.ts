import { randomBytes } from "node:crypto";

const PREFIX = "whsec_";

/**
 * The key bytes of a Standard Webhooks secret: `whsec_<base64>`. A bare base64 secret is accepted
 * too, as the reference libraries do. Throws on a secret that decodes to fewer than 16 bytes.
 */
export function decodeWebhookSecret(secret: string): Buffer {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  const key = Buffer.from(encoded, "base64");
  if (key.length < 16)
    throw new Error("A webhook secret must be `whsec_` followed by at least 16 bytes in base64.");
  return key;
}

/** A new secret in the `whsec_<base64>` form, 32 random bytes. */
export function generateWebhookSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}
