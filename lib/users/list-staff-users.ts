import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";

/** Every staff account with the number of models assigned, for owners and admins. */
export async function listStaffUsers(user: StaffUser) {
  assertRole(user, ...MANAGER_ROLES);
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      lastSignInAt: true,
      createdAt: true,
      _count: { select: { memberships: true } },
    },
  });
  return users.map(({ _count, ...u }) => ({ ...u, modelCount: _count.memberships }));
}

/** Editors and viewers who can be assigned to models, for owners and admins. */
export async function listAssignableStaff(user: StaffUser) {
  assertRole(user, ...MANAGER_ROLES);
  return db.user.findMany({
    where: { role: { in: ["EDITOR", "VIEWER"] } },
    orderBy: { name: "asc" },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
}
