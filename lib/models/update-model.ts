import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { revalidateModel } from "@/lib/gallery/public/revalidate-model";
import { slugTaken } from "./create-model";
import { getModelOrThrow } from "./get-model-or-throw";
import { modelScope } from "./model-scope";
import { modelSummary } from "./model-summary";
import { updateModelSchema, type UpdateModelInput } from "./schemas";

/**
 * Changes a model's name, bio, published flag or (owners and admins) slug. 404 for a model outside the
 * user's scope, 403 for viewers, 409 for a taken slug.
 */
export async function updateModel(
  user: StaffUser,
  slug: string,
  input: UpdateModelInput,
  meta: AuditMeta = {},
) {
  const data = updateModelSchema.parse(input);
  const before = await getModelOrThrow(user, slug, { write: true });
  if (data.slug !== undefined && data.slug !== before.slug) assertRole(user, ...MANAGER_ROLES);
  try {
    const updated = await db.$transaction(async (tx) => {
      const model = await tx.model.update({ where: { id: before.id, AND: [modelScope(user)] }, data });
      await recordAudit(tx, {
        actorId: user.id,
        action: "model.update",
        entityType: "Model",
        entityId: model.id,
        modelId: model.id,
        before: modelSummary(before),
        after: modelSummary(model),
        ip: meta.ip,
      });
      return model;
    });
    // The public pages show the profile; after a slug change the old address must answer 404.
    if (before.published || updated.published) {
      const listing = before.published !== updated.published || before.slug !== updated.slug;
      for (const modelSlug of new Set([before.slug, updated.slug])) {
        await revalidateModel({ modelSlug, listing }, "model.update");
      }
    }
    return updated;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002" && data.slug) throw slugTaken(data.slug);
    throw error;
  }
}
