import { hashPassword } from "@/lib/auth/password";
import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import { staffUserSelect, type StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createStaffUserSchema, type CreateStaffUserInput } from "./schemas";
import { assertCanManageRole } from "./staff-rules";

/** Creates a staff account with an initial password; 409 when the email is in use. */
export async function createStaffUser(actor: StaffUser, input: CreateStaffUserInput, meta: AuditMeta = {}) {
  assertRole(actor, ...MANAGER_ROLES);
  const data = createStaffUserSchema.parse(input);
  assertCanManageRole(actor, data.role);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: staffUserSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role },
        ip: meta.ip,
      });
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", `A staff account for ${data.email} already exists.`, { field: "email" });
    }
    throw error;
  }
}
