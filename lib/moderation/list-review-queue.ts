import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { mediaDtoInclude, toMediaDto, type MediaDto } from "@/lib/media/library/to-media-dto";
import { modelScope } from "@/lib/models/model-scope";
import { historySelect, toHistoryEntry, type ModerationHistoryEntry } from "./to-history-entry";

export const QUEUE_STATUSES = ["NEEDS_REVIEW", "PENDING", "REJECTED", "APPROVED"] as const;

/** How many photos one page of the queue shows; the rest follow as these are decided. */
export const QUEUE_PAGE_SIZE = 100;

export type ReviewQueueItem = {
  media: MediaDto;
  model: { slug: string; displayName: string; policyApproveBelow: number; policyRejectAbove: number };
  uploadedBy: string | null;
  moderatedAt: string | null;
  /** Newest first: every attempt and decision. */
  history: ModerationHistoryEntry[];
};

export type ReviewQueue = {
  status: ModerationStatus;
  modelSlug: string | null;
  items: ReviewQueueItem[];
  /** Photos per status with the same model filter, for the tabs. */
  counts: Record<(typeof QUEUE_STATUSES)[number], number>;
  /** Models the user may see, for the filter. */
  models: { slug: string; displayName: string }[];
};

/**
 * The review queue: processed photos of one moderation status across the models the user may see
 * (all for owners and admins, their own for editors and viewers), optionally of one model. Waiting
 * photos come oldest first, so nobody's upload waits forever; decided ones newest decision first.
 */
export async function listReviewQueue(
  user: StaffUser,
  {
    status = "NEEDS_REVIEW",
    modelSlug = null,
  }: { status?: ModerationStatus; modelSlug?: string | null } = {},
): Promise<ReviewQueue> {
  const scope: Prisma.MediaItemWhereInput = {
    deletedAt: null,
    status: "READY",
    model: { ...modelScope(user), ...(modelSlug ? { slug: modelSlug } : {}) },
  };
  const waiting = status === "NEEDS_REVIEW" || status === "PENDING";
  const [rows, grouped, models] = await Promise.all([
    db.mediaItem.findMany({
      where: { ...scope, moderationStatus: status },
      include: {
        ...mediaDtoInclude,
        model: {
          select: { slug: true, displayName: true, policyApproveBelow: true, policyRejectAbove: true },
        },
        uploadedBy: { select: { id: true, name: true } },
        checks: {
          select: historySelect,
          orderBy: [{ createdAt: "desc" }, { attempt: "desc" }, { id: "desc" }],
        },
      },
      orderBy: waiting
        ? [{ createdAt: "asc" }, { id: "asc" }]
        : [{ moderatedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
    }),
    db.mediaItem.groupBy({ by: ["moderationStatus"], where: scope, _count: { _all: true } }),
    db.model.findMany({
      where: modelScope(user),
      select: { slug: true, displayName: true },
      orderBy: { displayName: "asc" },
    }),
  ]);
  const counts = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) as ReviewQueue["counts"];
  for (const row of grouped) counts[row.moderationStatus] = row._count._all;
  return {
    status,
    modelSlug,
    counts,
    models,
    items: rows.map((row) => ({
      media: toMediaDto(row, { staff: false }),
      model: row.model,
      uploadedBy: row.uploadedBy?.name ?? null,
      moderatedAt: row.moderatedAt?.toISOString() ?? null,
      history: row.checks.map(toHistoryEntry),
    })),
  };
}
