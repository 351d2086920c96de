// POST /api/moderation/webhook, the real route handler on the real database: Standard Webhooks
// signatures checked on the raw body, refusals that change nothing, repeated deliveries that change
// state once, and the previous secret during a rotation. The callbacks are signed here as a provider
// would sign them (there is no real provider to reach).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const secrets = await vi.hoisted(async () => {
  const { randomBytes } = await import("node:crypto");
  const make = () => `whsec_${randomBytes(32).toString("base64")}`;
  const value = { current: make(), previous: make(), stranger: make() };
  process.env.MODERATION_WEBHOOK_SECRET = value.current;
  process.env.MODERATION_WEBHOOK_SECRET_PREVIOUS = value.previous;
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"])
    delete process.env[name];
  return value;
});

import { POST as webhookRoute } from "@/app/api/moderation/webhook/route";
import { db } from "@/lib/db";
import { createModel } from "@/lib/models/create-model";
import { parseCheckScores } from "@/lib/moderation/check-scores";
import type { ClassScores, ModerationCallback } from "@/lib/moderation/schemas";
import { signWebhook } from "@/lib/moderation/sign-webhook";
import { makeUser, ORIGIN } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

const SCORES: ClassScores = { Drawing: 0.01, Hentai: 0.001, Neutral: 0.97, Porn: 0.004, Sexy: 0.015 };

let mediaId: string;
let checkId: string;

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  const model = await createModel(owner, { slug: "hooked", displayName: "Hooked" });
  mediaId = (await seedPhoto(model.id, { moderationStatus: "PENDING" })).id;
});

afterEach(async () => {
  await db.moderationCheck.deleteMany();
  await db.webhookReceipt.deleteMany();
  await db.jobEvent.deleteMany();
});

/** An http attempt waiting for its callback, as the moderation function leaves it. */
async function waitingCheck(externalId: string | null = "ext-1") {
  const check = await db.moderationCheck.create({
    data: { mediaId, provider: "http", attempt: 1, previousStatus: "PENDING", externalId },
  });
  checkId = check.id;
  return check;
}

function callbackBody(overrides: Partial<ModerationCallback["data"]> = {}) {
  return JSON.stringify({
    type: "moderation.completed",
    timestamp: new Date().toISOString(),
    data: { id: "ext-1", jobId: checkId, model: "provider-model/7", scores: SCORES, ...overrides },
  } satisfies ModerationCallback);
}

async function post(body: string, headers: Record<string, string>) {
  const response = await webhookRoute(
    new Request(`${ORIGIN}/api/moderation/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Everything a callback can change. */
async function state() {
  return {
    check: await db.moderationCheck.findUnique({
      where: { id: checkId },
      select: { scores: true, externalId: true, decision: true },
    }),
    receipts: await db.webhookReceipt.count(),
    events: await db.jobEvent.findMany({ select: { id: true, name: true, payload: true } }),
    media: (await db.mediaItem.findUniqueOrThrow({ where: { id: mediaId } })).moderationStatus,
  };
}

describe("a valid callback", () => {
  it("is accepted: the scores go onto the attempt and the waiting run is told by an event", async () => {
    await waitingCheck();
    const body = callbackBody();
    const response = await post(body, signWebhook({ body, secret: secrets.current, id: "msg_valid" }));
    expect(response).toEqual({ status: 200, body: { received: true } });

    const after = await state();
    expect(parseCheckScores(after.check!.scores)).toEqual({ model: "provider-model/7", scores: SCORES });
    expect(after.receipts).toBe(1);
    expect(after.events).toHaveLength(1);
    expect(after.events[0]!.name).toBe("moderation/callback.received");
    expect(JSON.parse(after.events[0]!.payload).data).toEqual({
      mediaId,
      checkId,
      externalId: "ext-1",
      scores: SCORES,
    });
    // Deciding is the moderation run's job, not the route's.
    expect(after.check!.decision).toBeNull();
    expect(after.media).toBe("PENDING");
  });

  it("is accepted with the previous secret during a rotation", async () => {
    await waitingCheck();
    const body = callbackBody();
    const response = await post(body, signWebhook({ body, secret: secrets.previous }));
    expect(response.status).toBe(200);
    expect((await state()).check!.scores).not.toBeNull();
  });

  it("takes the provider's job id when the callback came before the submission was answered", async () => {
    await waitingCheck(null);
    const body = callbackBody({ id: "ext-early" });
    expect((await post(body, signWebhook({ body, secret: secrets.current }))).status).toBe(200);
    expect((await state()).check!.externalId).toBe("ext-early");
  });
});

describe("refused callbacks get 401 and change nothing", () => {
  async function expectRefused(body: string, headers: Record<string, string>, message: RegExp) {
    const before = await state();
    const response = await post(body, headers);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: { code: "unauthenticated", message: expect.stringMatching(message) },
    });
    expect(await state()).toEqual(before);
    expect(before.check!.scores).toBeNull();
    expect(before.receipts).toBe(0);
    expect(before.events).toHaveLength(0);
  }

  it("a tampered body", async () => {
    await waitingCheck();
    const signed = callbackBody();
    const headers = signWebhook({ body: signed, secret: secrets.current });
    const tampered = signed.replace('"Porn":0.004', '"Porn":0.994');
    expect(tampered).not.toBe(signed);
    await expectRefused(tampered, headers, /signature does not match/);
  });

  it("a wrong secret", async () => {
    await waitingCheck();
    const body = callbackBody();
    await expectRefused(body, signWebhook({ body, secret: secrets.stranger }), /signature does not match/);
  });

  it("a timestamp 10 minutes old", async () => {
    await waitingCheck();
    const body = callbackBody();
    const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000);
    await expectRefused(
      body,
      signWebhook({ body, secret: secrets.current, timestamp: tenMinutesAgo }),
      /more than 5 minutes old/,
    );
  });

  for (const missing of ["webhook-id", "webhook-timestamp", "webhook-signature"] as const) {
    it(`a missing ${missing} header`, async () => {
      await waitingCheck();
      const body = callbackBody();
      const headers: Record<string, string> = { ...signWebhook({ body, secret: secrets.current }) };
      delete headers[missing];
      await expectRefused(body, headers, new RegExp(`Missing ${missing} header`));
    });
  }
});

describe("repeats and strays", () => {
  it("the same webhook-id twice changes state once", async () => {
    await waitingCheck();
    const body = callbackBody();
    const headers = signWebhook({ body, secret: secrets.current, id: "msg_twice" });
    expect(await post(body, headers)).toEqual({ status: 200, body: { received: true } });
    const once = await state();
    // A sender that lost our answer delivers again: the same id and body, signed again.
    const again = signWebhook({ body, secret: secrets.current, id: "msg_twice" });
    expect(await post(body, again)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await state()).toEqual(once);
    expect(once.receipts).toBe(1);
    expect(once.events).toHaveLength(1);
  });

  it("answers 422 to a signed body that is not a callback, and records nothing", async () => {
    await waitingCheck();
    const body = JSON.stringify({ type: "moderation.completed", data: { id: "ext-1" } });
    const before = await state();
    const response = await post(body, signWebhook({ body, secret: secrets.current }));
    expect(response.status).toBe(422);
    expect(await state()).toEqual(before);
  });

  it("acknowledges an authentic callback for an unknown job without changing anything", async () => {
    await waitingCheck();
    const before = await state();
    const body = callbackBody({ jobId: "mc-no-such-attempt" });
    const response = await post(body, signWebhook({ body, secret: secrets.current }));
    expect(response.status).toBe(200);
    expect(response.body.ignored).toMatch(/No moderation job/);
    const after = await state();
    expect(after.check).toEqual(before.check);
    expect(after.events).toHaveLength(0);
  });
});
