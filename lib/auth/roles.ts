import { forbidden } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffUser } from "./staff-user";

/** Roles that see and manage every model and the staff list. */
export const MANAGER_ROLES = ["OWNER", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  EDITOR: "Editor",
  VIEWER: "Viewer",
};

export function hasRole(user: Pick<StaffUser, "role">, ...roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}

/** Owners and admins work on every model; editors and viewers only on those they are members of. */
export function isManager(user: Pick<StaffUser, "role">): boolean {
  return hasRole(user, ...MANAGER_ROLES);
}

/** Throws 403 unless the user holds one of `roles`. */
export function assertRole(user: Pick<StaffUser, "role">, ...roles: readonly Role[]): void {
  if (!hasRole(user, ...roles)) throw forbidden();
}

/** Roles that may change content of the models they can see (viewers only read). */
export const WRITER_ROLES = ["OWNER", "ADMIN", "EDITOR"] as const satisfies readonly Role[];

/** Throws 403 for viewers, who have read-only access. */
export function assertCanWrite(user: Pick<StaffUser, "role">): void {
  if (!hasRole(user, ...WRITER_ROLES)) throw forbidden("Viewers have read-only access.");
}
