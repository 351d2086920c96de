import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ModelSettingsChange {
  /** `model.<settings>.update`, e.g. `model.watermark.update`. */
  action: string;
  data: Prisma.ModelUpdateInput;
  /** The settings as the audit entry shows them, before and after the change. */
  before: unknown;
  after: unknown;
}

/**
 * Writes one group of a model's settings (watermark, moderation policy) and its audit entry in one
 * transaction, so every settings form records its change on the model the same way. The caller has
 * already checked that `user` may make it. Returns the updated model.
 */
export async function updateModelSettings(
  user: StaffUser,
  modelId: string,
  { action, data, before, after }: ModelSettingsChange,
  meta: AuditMeta = {},
) {
  return db.$transaction(async (tx) => {
    const updated = await tx.model.update({ where: { id: modelId }, data });
    await recordAudit(tx, {
      actorId: user.id,
      action,
      entityType: "model",
      entityId: modelId,
      modelId,
      before,
      after,
      ip: meta.ip,
    });
    return updated;
  });
}
