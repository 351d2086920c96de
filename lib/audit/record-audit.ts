import type { Db } from "@/lib/db";

export interface AuditInput {
  /** The staff member who made the change; null for the system (jobs, scripts). */
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. `model.create`, `model.members.set`, `user.update`. */
  action: string;
  entityType: string;
  entityId: string;
  modelId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** JSON text for the before/after columns; undefined stays NULL. */
function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/**
 * Writes one audit entry. Pass the transaction client of the change itself, so the change and its entry
 * are committed together or not at all.
 */
export async function recordAudit(tx: Pick<Db, "auditEntry">, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      modelId: entry.modelId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.ip?.slice(0, 64) ?? null,
    },
  });
}

/** Request facts a mutation records beside the change. */
export interface AuditMeta {
  ip?: string | null;
}
