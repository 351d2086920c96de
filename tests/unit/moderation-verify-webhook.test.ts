import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { signWebhook, webhookSignature } from "@/lib/moderation/sign-webhook";
import { verifyWebhook } from "@/lib/moderation/verify-webhook";
import { generateWebhookSecret } from "@/lib/moderation/webhook-secret";

const current = generateWebhookSecret();
const previous = generateWebhookSecret();
const stranger = generateWebhookSecret();
const now = new Date("2026-11-22T12:00:00Z");
const body = JSON.stringify({
  type: "moderation.completed",
  data: { id: "job_1", scores: { Neutral: 0.99 } },
});

beforeAll(() => {
  // Read by config() on its first call in this file: the rotation pair the app is configured with.
  process.env.MODERATION_WEBHOOK_SECRET = current;
  process.env.MODERATION_WEBHOOK_SECRET_PREVIOUS = previous;
});

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unauthenticated");
    expect((error as AppError).status).toBe(401);
    return error as AppError;
  }
  throw new Error("expected the webhook to be refused");
}

describe("verifyWebhook (Standard Webhooks)", () => {
  it("accepts a delivery signed with the current secret and returns its id and time", () => {
    const headers = signWebhook({ body, secret: current, id: "msg_1", timestamp: now });
    expect(verifyWebhook({ headers, body }, { now })).toEqual({ id: "msg_1", timestamp: now });
  });

  it("accepts the raw body as bytes and the headers as a Fetch Headers object", () => {
    const headers = new Headers(signWebhook({ body, secret: current, timestamp: now }));
    expect(verifyWebhook({ headers, body: Buffer.from(body) }, { now }).id).toMatch(/^msg_/);
  });

  it("refuses a body changed after signing", () => {
    const headers = signWebhook({ body, secret: current, timestamp: now });
    const tampered = body.replace("0.99", "0.01");
    expect(refusal(() => verifyWebhook({ headers, body: tampered }, { now })).message).toMatch(
      /signature does not match/,
    );
  });

  it("refuses a re-serialised body even when the JSON means the same", () => {
    const headers = signWebhook({ body, secret: current, timestamp: now });
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    refusal(() => verifyWebhook({ headers, body: reserialised }, { now }));
  });

  it("refuses a delivery signed with a secret it does not know", () => {
    const headers = signWebhook({ body, secret: stranger, timestamp: now });
    expect(refusal(() => verifyWebhook({ headers, body }, { now })).message).toMatch(/wrong secret/);
  });

  it("refuses a timestamp 10 minutes old, and one 10 minutes in the future", () => {
    const old = signWebhook({ body, secret: current, timestamp: new Date(now.getTime() - 10 * 60_000) });
    expect(refusal(() => verifyWebhook({ headers: old, body }, { now })).message).toMatch(
      /more than 5 minutes old/,
    );
    const future = signWebhook({ body, secret: current, timestamp: new Date(now.getTime() + 10 * 60_000) });
    expect(refusal(() => verifyWebhook({ headers: future, body }, { now })).message).toMatch(/in the future/);
  });

  it("accepts exactly 5 minutes of skew and refuses one second more", () => {
    const edge = signWebhook({ body, secret: current, timestamp: new Date(now.getTime() - 5 * 60_000) });
    expect(verifyWebhook({ headers: edge, body }, { now }).id).toBe(edge["webhook-id"]);
    const beyond = signWebhook({
      body,
      secret: current,
      timestamp: new Date(now.getTime() - 5 * 60_000 - 1000),
    });
    refusal(() => verifyWebhook({ headers: beyond, body }, { now }));
  });

  it("refuses a timestamp that is not Unix seconds", () => {
    const headers = {
      ...signWebhook({ body, secret: current, timestamp: now }),
      "webhook-timestamp": "2026-11-22T12:00:00Z",
    };
    expect(refusal(() => verifyWebhook({ headers, body }, { now })).message).toMatch(/not a Unix time/);
  });

  for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"] as const) {
    it(`refuses a delivery without the ${name} header, naming it`, () => {
      const headers: Record<string, string> = signWebhook({ body, secret: current, timestamp: now });
      delete headers[name];
      expect(refusal(() => verifyWebhook({ headers, body }, { now })).message).toBe(
        `Missing ${name} header.`,
      );
    });
  }

  it("refuses a changed webhook-id, since the id is part of what is signed", () => {
    const headers = {
      ...signWebhook({ body, secret: current, id: "msg_1", timestamp: now }),
      "webhook-id": "msg_2",
    };
    refusal(() => verifyWebhook({ headers, body }, { now }));
  });

  it("accepts the previous secret during a rotation (from MODERATION_WEBHOOK_SECRET_PREVIOUS)", () => {
    const headers = signWebhook({ body, secret: previous, timestamp: now });
    expect(verifyWebhook({ headers, body }, { now }).id).toBe(headers["webhook-id"]);
  });

  it("refuses the previous secret once the rotation is over", () => {
    const headers = signWebhook({ body, secret: previous, timestamp: now });
    refusal(() => verifyWebhook({ headers, body }, { now, secrets: [current] }));
  });

  it("accepts a header with several signatures when any one of them matches", () => {
    const seconds = Math.floor(now.getTime() / 1000);
    const good = webhookSignature(current, "msg_9", seconds, body);
    const bad = webhookSignature(stranger, "msg_9", seconds, body);
    const headers = {
      "webhook-id": "msg_9",
      "webhook-timestamp": String(seconds),
      "webhook-signature": `${bad} v1a,AAAA ${good}`,
    };
    expect(verifyWebhook({ headers, body }, { now }).id).toBe("msg_9");
    const both = signWebhook({ body, secret: [stranger, current], id: "msg_10", timestamp: now });
    expect(both["webhook-signature"].split(" ")).toHaveLength(2);
    expect(verifyWebhook({ headers: both, body }, { now }).id).toBe("msg_10");
  });

  it("refuses a header whose signatures are all of another scheme or all wrong", () => {
    const seconds = String(Math.floor(now.getTime() / 1000));
    const only = (signature: string) => ({
      "webhook-id": "msg_3",
      "webhook-timestamp": seconds,
      "webhook-signature": signature,
    });
    expect(
      refusal(() => verifyWebhook({ headers: only("v1a,c2lnbmF0dXJl"), body }, { now })).message,
    ).toMatch(/no v1 signature/);
    refusal(() => verifyWebhook({ headers: only("v1,c2hvcnQ= v1,"), body }, { now }));
  });

  it("answers 503 when no webhook secret is configured, instead of accepting anything", async () => {
    vi.resetModules();
    const saved = process.env.MODERATION_WEBHOOK_SECRET;
    delete process.env.MODERATION_WEBHOOK_SECRET;
    try {
      const fresh = await import("@/lib/moderation/verify-webhook");
      const headers = signWebhook({ body, secret: current, timestamp: now });
      expect(() => fresh.verifyWebhook({ headers, body }, { now })).toThrow(
        /not configured: set MODERATION_WEBHOOK_SECRET/,
      );
    } finally {
      process.env.MODERATION_WEBHOOK_SECRET = saved;
    }
  });
});
