import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { revalidateModel } from "@/lib/gallery/public/revalidate-model";
import { AppError } from "@/lib/errors";
import { modelSummary } from "./model-summary";
import { createModelSchema, type CreateModelInput } from "./schemas";

export function slugTaken(slug: string) {
  return new AppError("conflict", `The slug "${slug}" is already taken.`, { field: "slug" });
}

/** Creates a model (owners and admins only); 409 when the slug is taken. */
export async function createModel(user: StaffUser, input: CreateModelInput, meta: AuditMeta = {}) {
  assertRole(user, ...MANAGER_ROLES);
  const data = createModelSchema.parse(input);
  try {
    const created = await db.$transaction(async (tx) => {
      const model = await tx.model.create({ data: { ...data, watermarkText: data.displayName } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "model.create",
        entityType: "Model",
        entityId: model.id,
        modelId: model.id,
        after: modelSummary(model),
        ip: meta.ip,
      });
      return model;
    });
    // Someone may have visited the address before it existed: its cached 404 must go.
    if (created.published) await revalidateModel({ modelSlug: created.slug, listing: true }, "model.create");
    return created;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw slugTaken(data.slug);
    throw error;
  }
}
