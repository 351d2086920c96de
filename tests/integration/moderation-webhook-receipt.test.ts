import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordWebhookReceipt } from "@/lib/moderation/record-webhook-receipt";

const newId = () => `msg_${randomUUID()}`;

describe("webhook receipts (idempotency of webhook-id, real MariaDB)", () => {
  it("reports a new id once and every redelivery of it as already seen", async () => {
    const id = newId();
    expect(await recordWebhookReceipt(id)).toBe(true);
    expect(await recordWebhookReceipt(id)).toBe(false);
    expect(await recordWebhookReceipt(id)).toBe(false);
    expect(await db.webhookReceipt.count({ where: { id } })).toBe(1);
    expect(await db.webhookReceipt.findUniqueOrThrow({ where: { id } })).toMatchObject({
      source: "moderation",
    });
  });

  it("treats different ids independently", async () => {
    expect(await recordWebhookReceipt(newId())).toBe(true);
    expect(await recordWebhookReceipt(newId(), { source: "other" })).toBe(true);
  });

  it("lets exactly one of several simultaneous deliveries of the same id through", async () => {
    const id = newId();
    const results = await Promise.all(Array.from({ length: 6 }, () => recordWebhookReceipt(id)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.webhookReceipt.count({ where: { id } })).toBe(1);
  });

  it("forgets a receipt whose transaction rolled back, so the provider's retry is handled", async () => {
    const id = newId();
    await expect(
      db.$transaction(async (tx) => {
        expect(await recordWebhookReceipt(id, { client: tx })).toBe(true);
        throw new Error("the effect failed");
      }),
    ).rejects.toThrow("the effect failed");
    expect(await recordWebhookReceipt(id)).toBe(true);
  });
});
