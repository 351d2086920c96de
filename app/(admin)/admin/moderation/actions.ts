"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { MANAGER_ROLES } from "@/lib/auth/roles";
import { decideMedia } from "@/lib/moderation/decide-media";
import { decideMediaMany } from "@/lib/moderation/decide-media-many";
import { moderationPolicySchema } from "@/lib/moderation/moderation-policy-schema";
import { moderationDecisionSchema } from "@/lib/moderation/schemas";
import { undoDecisionMany } from "@/lib/moderation/undo-decision-many";
import { updateModerationPolicy } from "@/lib/moderation/update-moderation-policy";

// The public pages are refreshed inside decideMedia (revalidateModel); these refresh the admin views.
const target = z.object({ modelSlug: z.string().min(1).max(100), mediaId: z.string().min(1).max(64) });

export const decideMediaAction = safeAction(
  moderationDecisionSchema.extend(target.shape),
  async ({ modelSlug, mediaId, decision, reason }, { staff, ip }) => {
    const { item, changed, checkId } = await decideMedia(
      staff,
      modelSlug,
      mediaId,
      { decision, reason },
      { ip },
    );
    revalidatePath("/admin/moderation");
    return { status: item.moderationStatus, changed, checkId };
  },
);

export const decideManyAction = safeAction(
  moderationDecisionSchema.extend({ items: z.array(target).min(1).max(100) }),
  async ({ items, decision, reason }, { staff, ip }) => {
    const outcomes = await decideMediaMany(staff, items, { decision, reason }, { ip });
    revalidatePath("/admin/moderation");
    return outcomes;
  },
);

// Undo takes back the decisions the toast names, one or many, each refused on its own (403, 404, 409).
export const undoDecisionsAction = safeAction(
  z.object({
    items: z
      .array(target.extend({ checkId: z.string().min(1).max(64) }))
      .min(1)
      .max(100),
  }),
  async ({ items }, { staff, ip }) => {
    const outcomes = await undoDecisionMany(staff, items, { ip });
    revalidatePath("/admin/moderation");
    return outcomes;
  },
);

export const updateModerationPolicyAction = safeAction(
  z.object({ slug: z.string().min(1).max(100), policy: moderationPolicySchema }),
  async ({ slug, policy }, { staff, ip }) => {
    const model = await updateModerationPolicy(staff, slug, policy, { ip });
    revalidatePath(`/admin/models/${slug}`);
    return {
      moderationProvider: model.moderationProvider,
      policyApproveBelow: model.policyApproveBelow,
      policyRejectAbove: model.policyRejectAbove,
    };
  },
  { roles: MANAGER_ROLES },
);
