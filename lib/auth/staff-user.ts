import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in member of staff, loaded from the database on every request (roles can change). */
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Fields selected whenever a StaffUser is loaded. */
export const staffUserSelect = { id: true, email: true, name: true, role: true } as const;
