import { createHmac, randomUUID } from "node:crypto";
import { decodeWebhookSecret } from "./webhook-secret";

export type WebhookHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the Standard Webhooks signature. */
export function webhookSignature(
  secret: string,
  id: string,
  timestamp: number,
  body: string | Uint8Array,
): string {
  const hmac = createHmac("sha256", decodeWebhookSecret(secret)).update(`${id}.${timestamp}.`).update(body);
  return `v1,${hmac.digest("base64")}`;
}

/**
 * Signs a webhook body as a Standard Webhooks sender does, for the reference moderation service
 * and tests. Several secrets give several space-separated signatures (a sender mid-rotation).
 */
export function signWebhook({
  body,
  secret,
  id = `msg_${randomUUID()}`,
  timestamp = new Date(),
}: {
  body: string | Uint8Array;
  secret: string | string[];
  id?: string;
  timestamp?: Date;
}): WebhookHeaders {
  const seconds = Math.floor(timestamp.getTime() / 1000);
  const secrets = Array.isArray(secret) ? secret : [secret];
  return {
    "webhook-id": id,
    "webhook-timestamp": String(seconds),
    "webhook-signature": secrets.map((key) => webhookSignature(key, id, seconds, body)).join(" "),
  };
}
