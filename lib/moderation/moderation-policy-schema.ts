import { z } from "zod";
import { PROVIDER_NAMES } from "./providers";
import { probability } from "./schemas";

/** A model's moderation policy as admins edit it (the `Model.policy*` columns). */
export const moderationPolicySchema = z
  .object({
    policyApproveBelow: probability,
    policyRejectAbove: probability,
    /** null means "use MODERATION_PROVIDER". */
    moderationProvider: z.enum(PROVIDER_NAMES).nullable().optional(),
  })
  .refine((policy) => policy.policyApproveBelow <= policy.policyRejectAbove, {
    message: "The approval threshold must not be above the rejection threshold.",
    path: ["policyApproveBelow"],
  });
export type ModerationPolicyInput = z.infer<typeof moderationPolicySchema>;
