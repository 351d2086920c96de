import { db } from "@/lib/db";

/** Writes why one attempt failed onto its row, for the photo's history. */
export async function recordAttemptFailure(checkId: string, reason: string): Promise<void> {
  await db.moderationCheck.updateMany({
    where: { id: checkId, decision: null },
    data: { reason: reason.slice(0, 2000) },
  });
}
