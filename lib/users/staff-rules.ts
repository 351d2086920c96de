import { forbidden } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffUser } from "@/lib/auth/staff-user";

/** Owners manage everyone; admins manage admins, editors and viewers but never owners. */
export function assertCanManageRole(actor: StaffUser, role: Role): void {
  if (actor.role === "OWNER") return;
  if (actor.role === "ADMIN" && role !== "OWNER") return;
  throw forbidden(actor.role === "ADMIN" ? "Only an owner can manage owners." : undefined);
}
