import { db } from "@/lib/db";
import { getModerationProvider, type ModerationProvider } from "./providers";

export type ModerationPlan =
  | { kind: "skip"; reason: string }
  | { kind: "moderate"; provider: string; mode: ModerationProvider["mode"]; manualReason: string | null };

/**
 * Whether a processed revision needs a machine decision, and by which provider (the model's, or
 * MODERATION_PROVIDER). Only a PENDING photo is checked: an edit of an approved or rejected photo
 * keeps its decision (edits crop, turn and filter the same original; they add nothing to judge), and
 * a decision a person made first is never overridden.
 */
export async function planModeration(mediaId: string, revision: number): Promise<ModerationPlan> {
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null },
    select: { revision: true, moderationStatus: true, model: { select: { moderationProvider: true } } },
  });
  if (!item) return { kind: "skip", reason: "the photo is gone" };
  if (item.revision !== revision)
    return { kind: "skip", reason: `revision ${revision} was replaced by ${item.revision}` };
  if (item.moderationStatus !== "PENDING")
    return {
      kind: "skip",
      reason: `the photo is ${item.moderationStatus.toLowerCase().replace("_", " ")} already`,
    };
  const provider = getModerationProvider(item.model);
  return {
    kind: "moderate",
    provider: provider.name,
    mode: provider.mode,
    manualReason: provider.mode === "manual" ? provider.reason : null,
  };
}
