"use client";

import { ShieldCheck } from "lucide-react";
import { useState } from "react";
import type { ModerationStatus } from "@/components/media/media-types";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReviewQueue as ReviewQueueData } from "@/lib/moderation/list-review-queue";
import { QueueFilters, queueHref } from "./queue-filters";
import { QueueSidebar } from "./queue-sidebar";
import { ReasonDialog } from "./reason-dialog";
import { ReviewDecisionBar } from "./review-decision-bar";
import { ReviewPanel } from "./review-panel";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useReviewQueue, type ReviewActions } from "./use-review-queue";
import { useReviewShortcuts } from "./use-review-shortcuts";

export type ReviewQueueProps = ReviewActions & {
  queue: ReviewQueueData;
  /** Owners and admins: approve and reject. */
  canModerate: boolean;
  /** Editors: send a rejected photo back for review. */
  canResubmit: boolean;
  initialMediaId: string | null;
  /** The server's clock, so relative times render the same on both sides. */
  now: string;
};

const EMPTY: Record<ModerationStatus, { title: string; description: string }> = {
  NEEDS_REVIEW: {
    title: "Nothing needs review",
    description:
      "Photos the automatic check is unsure about, or could not check, wait here for a person. You are all caught up.",
  },
  PENDING: {
    title: "Nothing waiting for the automatic check",
    description: "New uploads are checked as soon as they are processed; they show here meanwhile.",
  },
  REJECTED: {
    title: "No rejected photos",
    description: "Rejected photos are never shown publicly. They would be listed here.",
  },
  APPROVED: {
    title: "No approved photos yet",
    description: "Approved photos can be placed in gallery sections and seen by the public.",
  },
};

/**
 * The review queue: a list of photos of one moderation status on the left, the current photo large on
 * the right with its scores and history, approve and reject (one at a time or in bulk, each with
 * Undo), and keyboard shortcuts to work through it without the mouse.
 */
export function ReviewQueue({
  queue,
  canModerate,
  canResubmit,
  initialMediaId,
  now: nowIso,
  ...actions
}: ReviewQueueProps) {
  const now = new Date(nowIso);
  const review = useReviewQueue(queue, initialMediaId, actions);
  const { items, current, selected, selectedItems, reasonFor, pending } = review;
  const [helpOpen, setHelpOpen] = useState(false);

  useReviewShortcuts({
    next: () => review.open(1),
    previous: () => review.open(-1),
    help: () => setHelpOpen(true),
    ...(canModerate && current
      ? {
          approve: () => review.decide([current], "APPROVED", null),
          reject: () => review.askReason({ kind: "reject", count: 1, targets: [current] }),
          select: () => review.toggle(current.media.id, !selected.has(current.media.id)),
        }
      : {}),
  });

  const total = queue.counts[queue.status as keyof typeof queue.counts] ?? 0;
  const empty = EMPTY[queue.status];

  return (
    <div className="space-y-6">
      <QueueFilters
        status={queue.status}
        model={queue.modelSlug}
        counts={queue.counts}
        models={queue.models}
      />

      {!current ? (
        <EmptyState
          icon={ShieldCheck}
          title={empty.title}
          description={
            queue.modelSlug
              ? `${empty.description} (Only ${queue.models.find((m) => m.slug === queue.modelSlug)?.displayName ?? queue.modelSlug} is shown.)`
              : empty.description
          }
          action={
            queue.modelSlug ? (
              <ButtonLink href={queueHref(queue.status, null)} variant="secondary">
                Show every model
              </ButtonLink>
            ) : undefined
          }
          className="py-20"
        />
      ) : (
        <div className="grid items-start gap-6 xl:grid-cols-[20rem_minmax(0,1fr)]">
          <QueueSidebar
            items={items}
            currentId={current.media.id}
            selected={selected}
            selectedItems={selectedItems}
            canModerate={canModerate}
            total={total > queue.items.length ? total : null}
            approving={pending && !reasonFor}
            now={now}
            onOpen={review.openPhoto}
            onToggle={review.toggle}
            onSelectAll={review.selectAll}
            onApprove={() => review.decide(selectedItems, "APPROVED", null)}
            onReject={() =>
              review.askReason({ kind: "reject", count: selectedItems.length, targets: selectedItems })
            }
          />
          <ReviewPanel
            current={current}
            index={review.index}
            count={items.length}
            now={now}
            onOpen={review.open}
          >
            <ReviewDecisionBar
              status={current.media.moderationStatus}
              canModerate={canModerate}
              canResubmit={canResubmit}
              approving={pending && !reasonFor}
              onApprove={() => review.decide([current], "APPROVED", null)}
              onReject={() => review.askReason({ kind: "reject", count: 1, targets: [current] })}
              onResubmit={() => review.askReason({ kind: "resubmit", count: 1, targets: [current] })}
              onHelp={() => setHelpOpen(true)}
            />
          </ReviewPanel>
        </div>
      )}

      <ReasonDialog
        request={reasonFor}
        pending={pending}
        onClose={() => review.askReason(null)}
        onConfirm={(reason) => {
          if (!reasonFor) return;
          review.decide(
            reasonFor.targets,
            reasonFor.kind === "reject" ? "REJECTED" : "NEEDS_REVIEW",
            reason || null,
          );
        }}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} canModerate={canModerate} />
    </div>
  );
}
