import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { decodeWebhookSecret } from "./webhook-secret";

/** How far a webhook's timestamp may be from our clock, either way (Standard Webhooks: 5 minutes). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** `WebhookReceipt.id` is a VARCHAR(191). */
const MAX_ID_LENGTH = 191;

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export type VerifiedWebhook = { id: string; timestamp: Date };

function header(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  const single = Array.isArray(value) ? value[0] : value;
  return single?.trim() || undefined;
}

const refuse = (message: string) => new AppError("unauthenticated", message);

/** The current secret and, during a rotation, the previous one. */
function configuredSecrets(): Buffer[] {
  const { MODERATION_WEBHOOK_SECRET, MODERATION_WEBHOOK_SECRET_PREVIOUS } = config();
  if (!MODERATION_WEBHOOK_SECRET) {
    throw new AppError(
      "unavailable",
      "Moderation webhooks are not configured: set MODERATION_WEBHOOK_SECRET.",
    );
  }
  return [MODERATION_WEBHOOK_SECRET, MODERATION_WEBHOOK_SECRET_PREVIOUS]
    .filter((s): s is string => !!s)
    .map(decodeWebhookSecret);
}

/**
 * Verifies a Standard Webhooks request on its RAW body (parse JSON only afterwards): the three
 * headers must be present, the timestamp within 5 minutes of now, and one of the `v1,` signatures
 * an HMAC-SHA256 of "id.timestamp.body" under the current or the previous secret (compared in
 * constant time). Throws AppError `unauthenticated` saying which check failed.
 */
export function verifyWebhook(
  request: { headers: HeaderSource; body: string | Uint8Array },
  options: { secrets?: string[]; now?: Date } = {},
): VerifiedWebhook {
  const id = header(request.headers, "webhook-id");
  const timestampHeader = header(request.headers, "webhook-timestamp");
  const signatureHeader = header(request.headers, "webhook-signature");
  if (!id) throw refuse("Missing webhook-id header.");
  if (!timestampHeader) throw refuse("Missing webhook-timestamp header.");
  if (!signatureHeader) throw refuse("Missing webhook-signature header.");
  if (id.length > MAX_ID_LENGTH)
    throw refuse(`The webhook-id header is longer than ${MAX_ID_LENGTH} characters.`);

  if (!/^\d{1,12}$/.test(timestampHeader))
    throw refuse("The webhook-timestamp header is not a Unix time in seconds.");
  const timestamp = Number(timestampHeader);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (timestamp < now - WEBHOOK_TOLERANCE_SECONDS)
    throw refuse("The webhook timestamp is more than 5 minutes old.");
  if (timestamp > now + WEBHOOK_TOLERANCE_SECONDS)
    throw refuse("The webhook timestamp is more than 5 minutes in the future.");

  const keys = options.secrets ? options.secrets.map(decodeWebhookSecret) : configuredSecrets();
  const given = signatureHeader
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => Buffer.from(entry.slice(3), "base64"));
  if (!given.length) throw refuse("The webhook-signature header holds no v1 signature.");

  for (const key of keys) {
    const expected = createHmac("sha256", key)
      .update(`${id}.${timestampHeader}.`)
      .update(request.body)
      .digest();
    // timingSafeEqual needs equal lengths; a length mismatch reveals nothing about the key.
    if (
      given.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected))
    ) {
      return { id, timestamp: new Date(timestamp * 1000) };
    }
  }
  throw refuse("The webhook signature does not match: wrong secret or a modified body.");
}
