import { db } from "@/lib/db";

/** Undoes a receipt whose effect could not be announced, so the sender's retry is handled in full. */
export async function forgetWebhookReceipt(id: string): Promise<void> {
  await db.webhookReceipt.deleteMany({ where: { id } });
}
