import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "./get-model-or-throw";
import { setModelMembersSchema, type SetModelMembersInput } from "./schemas";

/** Replaces the editors and viewers assigned to a model (owners and admins only). */
export async function setModelMembers(
  user: StaffUser,
  slug: string,
  input: SetModelMembersInput,
  meta: AuditMeta = {},
) {
  assertRole(user, ...MANAGER_ROLES);
  const { userIds } = setModelMembersSchema.parse(input);
  const model = await getModelOrThrow(user, slug, { write: true });

  // Owners and admins see every model already; only editors and viewers are assigned.
  const assignable = await db.user.findMany({
    where: { id: { in: userIds }, role: { in: ["EDITOR", "VIEWER"] } },
    select: { id: true },
  });
  if (assignable.length !== userIds.length) {
    throw new AppError("invalid", "Only existing editors and viewers can be assigned to a model.");
  }

  return db.$transaction(async (tx) => {
    const current = await tx.modelMember.findMany({ where: { modelId: model.id }, select: { userId: true } });
    const before = current.map((m) => m.userId).sort();
    await tx.modelMember.deleteMany({ where: { modelId: model.id, userId: { notIn: userIds } } });
    await tx.modelMember.createMany({
      data: userIds.filter((id) => !before.includes(id)).map((userId) => ({ modelId: model.id, userId })),
      skipDuplicates: true,
    });
    const after = [...userIds].sort();
    await recordAudit(tx, {
      actorId: user.id,
      action: "model.members.set",
      entityType: "Model",
      entityId: model.id,
      modelId: model.id,
      before: { userIds: before },
      after: { userIds: after },
      ip: meta.ip,
    });
    return { modelId: model.id, userIds: after };
  });
}
