import { isManager } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The `where` that limits models to those `user` may see: every model for owners and admins, the
 * models they are a member of for editors and viewers. Spread it into every model query, or nest it
 * (`{ model: modelScope(user) }`) in queries on things that belong to a model.
 */
export function modelScope(user: Pick<StaffUser, "id" | "role">): Prisma.ModelWhereInput {
  return isManager(user) ? {} : { members: { some: { userId: user.id } } };
}
