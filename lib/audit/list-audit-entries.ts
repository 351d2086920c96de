import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";

/** The most recent audit entries, newest first, for owners and admins. */
export async function listAuditEntries(user: StaffUser, { take = 100 }: { take?: number } = {}) {
  assertRole(user, ...MANAGER_ROLES);
  return db.auditEntry.findMany({
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(take, 1), 500),
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      ip: true,
      createdAt: true,
      actor: { select: { email: true, name: true } },
      model: { select: { slug: true, displayName: true } },
    },
  });
}
