import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "./get-model-or-throw";

/** The editors and viewers assigned to a model the user can see. */
export async function listModelMembers(user: StaffUser, slug: string) {
  const model = await getModelOrThrow(user, slug);
  const members = await db.modelMember.findMany({
    where: { modelId: model.id },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, email: true, role: true, disabled: true } } },
  });
  return members.map((m) => m.user);
}
