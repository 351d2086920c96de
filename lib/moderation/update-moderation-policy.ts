import type { AuditMeta } from "@/lib/audit/record-audit";
import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { updateModelSettings } from "@/lib/models/update-model-settings";
import { moderationPolicySchema, type ModerationPolicyInput } from "./moderation-policy-schema";

/**
 * Sets a model's moderation provider and thresholds (owners and admins only). Applies to photos
 * checked from now on; decisions already made stay as they are.
 */
export async function updateModerationPolicy(
  user: StaffUser,
  slug: string,
  input: ModerationPolicyInput,
  meta: AuditMeta = {},
) {
  assertRole(user, ...MANAGER_ROLES);
  const policy = moderationPolicySchema.parse(input);
  const model = await getModelOrThrow(user, slug);
  const before = {
    moderationProvider: model.moderationProvider,
    policyApproveBelow: model.policyApproveBelow,
    policyRejectAbove: model.policyRejectAbove,
  };
  const after = {
    moderationProvider: policy.moderationProvider ?? null,
    policyApproveBelow: policy.policyApproveBelow,
    policyRejectAbove: policy.policyRejectAbove,
  };
  return updateModelSettings(
    user,
    model.id,
    { action: "model.moderation.update", data: after, before, after },
    meta,
  );
}
