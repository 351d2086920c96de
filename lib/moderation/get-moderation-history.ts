import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { modelScope } from "@/lib/models/model-scope";
import { historySelect, toHistoryEntry, type ModerationHistoryEntry } from "./to-history-entry";

export type ModerationHistory = {
  moderationStatus: ModerationStatus;
  moderatedAt: string | null;
  /** Newest first. */
  checks: ModerationHistoryEntry[];
};

/** Every decision and attempt for one photo of the model `slug`, if the user may see that model (404 otherwise). */
export async function getModerationHistory(
  user: StaffUser,
  slug: string,
  mediaId: string,
): Promise<ModerationHistory> {
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, deletedAt: null, model: { slug, ...modelScope(user) } },
    select: {
      moderationStatus: true,
      moderatedAt: true,
      checks: {
        select: historySelect,
        orderBy: [{ createdAt: "desc" }, { attempt: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!item) throw notFound("Photo");
  return {
    moderationStatus: item.moderationStatus,
    moderatedAt: item.moderatedAt?.toISOString() ?? null,
    checks: item.checks.map(toHistoryEntry),
  };
}
