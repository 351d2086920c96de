import { isManager } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import type { HumanDecision } from "./schemas";

/**
 * Who may move a photo from one moderation state to another. Owners and admins decide anything on
 * every model. Editors of the model may only send a REJECTED photo back to the review queue (to ask
 * for a second look); they never approve or reject, not even their own uploads, because the point of
 * moderation is a second pair of eyes. Viewers only read. Returns the refusal message, or null.
 */
export function decisionRefusal(
  user: Pick<StaffUser, "role">,
  from: ModerationStatus,
  to: HumanDecision,
): string | null {
  if (isManager(user)) return null;
  if (user.role === "EDITOR") {
    if (to === "NEEDS_REVIEW" && from === "REJECTED") return null;
    if (to === "NEEDS_REVIEW") return "Editors can send only a rejected photo back for review.";
    return "Only owners and admins approve or reject photos; an editor can send a rejected photo back for review.";
  }
  return "Viewers have read-only access.";
}

/** Whether the user approves and rejects (the review queue's main buttons). */
export function canModerate(user: Pick<StaffUser, "role">): boolean {
  return isManager(user);
}
