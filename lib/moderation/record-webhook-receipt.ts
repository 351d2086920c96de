import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Records a webhook delivery by its `webhook-id`; returns false when that id was already recorded
 * (a redelivery: answer 2xx and change nothing). The primary key decides, in the one INSERT, so two
 * concurrent deliveries cannot both see "new". Pass a transaction client to record the receipt in
 * the same transaction as the delivery's effect, so a failed effect does not swallow the retry.
 */
export async function recordWebhookReceipt(
  id: string,
  {
    source = "moderation",
    client = db,
  }: { source?: string; client?: Pick<Prisma.TransactionClient, "webhookReceipt"> } = {},
): Promise<boolean> {
  try {
    await client.webhookReceipt.create({ data: { id, source }, select: { id: true } });
    return true;
  } catch (error) {
    if ((error as { code?: string } | null)?.code === "P2002") return false;
    throw error;
  }
}
