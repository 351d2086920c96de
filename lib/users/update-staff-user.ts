import { hashPassword } from "@/lib/auth/password";
import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import { staffUserSelect, type StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { updateStaffUserSchema, type UpdateStaffUserInput } from "./schemas";
import { assertCanManageRole } from "./staff-rules";

/**
 * Renames, changes the role of, disables/enables or resets the password of a staff account. Nobody
 * changes their own role or disables themselves, and the last active owner stays an active owner.
 */
export async function updateStaffUser(
  actor: StaffUser,
  userId: string,
  input: UpdateStaffUserInput,
  meta: AuditMeta = {},
) {
  assertRole(actor, ...MANAGER_ROLES);
  const data = updateStaffUserSchema.parse(input);
  const target = await db.user.findUnique({
    where: { id: userId },
    select: { ...staffUserSelect, disabled: true },
  });
  if (!target) throw notFound("Staff member");
  assertCanManageRole(actor, target.role);
  if (data.role) assertCanManageRole(actor, data.role);

  const changesRole = data.role !== undefined && data.role !== target.role;
  if (target.id === actor.id && (changesRole || data.disabled)) {
    throw new AppError("forbidden", "You cannot change your own role or disable your own account.");
  }

  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        name: data.name,
        role: data.role,
        disabled: data.disabled,
        passwordHash: data.password ? await hashPassword(data.password) : undefined,
      },
      select: { ...staffUserSelect, disabled: true },
    });
    if (target.role === "OWNER" && !target.disabled) {
      const activeOwners = await tx.user.count({ where: { role: "OWNER", disabled: false } });
      if (activeOwners === 0) throw new AppError("conflict", "Keep at least one active owner.");
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.password ? "user.update.password" : "user.update",
      entityType: "User",
      entityId: user.id,
      before: { name: target.name, role: target.role, disabled: target.disabled },
      after: { name: user.name, role: user.role, disabled: user.disabled },
      ip: meta.ip,
    });
    return user;
  });
}
