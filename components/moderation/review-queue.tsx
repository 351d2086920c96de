"use client";

import {
  ArrowLeft,
  ArrowRight,
  Check,
  ExternalLink,
  Keyboard,
  RotateCcw,
  ShieldCheck,
  ShieldX,
  X,
} from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { formatRelative, formatTimestamp } from "@/components/admin/format-time";
import { formatBytes } from "@/components/media/format-bytes";
import { ModerationBadge } from "@/components/media/media-badges";
import type { ModerationStatus } from "@/components/media/media-types";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { BulkDecisionOutcome } from "@/lib/moderation/decide-media-many";
import type { ReviewQueue as ReviewQueueData, ReviewQueueItem } from "@/lib/moderation/list-review-queue";
import type { HumanDecision } from "@/lib/moderation/schemas";
import { Kbd } from "./kbd";
import { DECISION_VERBS } from "./labels";
import { ModerationHistory } from "./moderation-history";
import { QueueFilters, queueHref } from "./queue-filters";
import { QueueList } from "./queue-list";
import { ReasonDialog, type ReasonRequest } from "./reason-dialog";
import { ReviewPreview } from "./review-preview";
import { ScorePanel } from "./score-panel";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useReviewShortcuts } from "./use-review-shortcuts";

type Target = { modelSlug: string; mediaId: string };
type DecideInput = Target & { decision: HumanDecision; reason?: string | null };

export type ReviewQueueProps = {
  queue: ReviewQueueData;
  /** Owners and admins: approve and reject. */
  canModerate: boolean;
  /** Editors: send a rejected photo back for review. */
  canResubmit: boolean;
  initialMediaId: string | null;
  /** The server's clock, so relative times render the same on both sides. */
  now: string;
  decideAction: (input: DecideInput) => Promise<ActionResult<{ status: ModerationStatus; changed: boolean }>>;
  decideManyAction: (input: {
    items: Target[];
    decision: HumanDecision;
    reason?: string | null;
  }) => Promise<ActionResult<BulkDecisionOutcome[]>>;
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

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The review queue: a list of photos of one moderation status on the left, the current photo large on
 * the right with its scores and history, approve and reject (one at a time or in bulk), and keyboard
 * shortcuts to work through it without the mouse.
 */
export function ReviewQueue({
  queue,
  canModerate,
  canResubmit,
  initialMediaId,
  now: nowIso,
  decideAction,
  decideManyAction,
}: ReviewQueueProps) {
  const router = useRouter();
  const now = new Date(nowIso);
  const [items, setItems] = useState(queue.items);
  const [shownItems, setShownItems] = useState(queue.items);
  const [currentId, setCurrentId] = useState(initialMediaId ?? queue.items[0]?.media.id ?? null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reasonFor, setReasonFor] = useState<(ReasonRequest & { targets: ReviewQueueItem[] }) | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  // Fresh data from the server (after a decision or a filter change) replaces the local list.
  if (queue.items !== shownItems) {
    setShownItems(queue.items);
    setItems(queue.items);
    setSelected(
      (current) => new Set([...current].filter((id) => queue.items.some((i) => i.media.id === id))),
    );
  }

  const foundIndex = items.findIndex((item) => item.media.id === currentId);
  // A photo decided elsewhere may vanish on refresh: fall back to the first one.
  const index = foundIndex >= 0 ? foundIndex : items.length ? 0 : -1;
  const current = index >= 0 ? items[index]! : null;

  function open(offset: number) {
    if (!items.length) return;
    const next = items[Math.min(items.length - 1, Math.max(0, index + offset))];
    if (next) setCurrentId(next.media.id);
  }

  /** Drops decided photos that no longer belong to this tab, keeping the place in the list. */
  function removeDecided(ids: string[]) {
    if (!ids.length) return;
    const gone = new Set(ids);
    const remaining = items.filter((item) => !gone.has(item.media.id));
    if (current && gone.has(current.media.id)) {
      const after = items.slice(index + 1).find((item) => !gone.has(item.media.id));
      const before = items
        .slice(0, index)
        .reverse()
        .find((item) => !gone.has(item.media.id));
      setCurrentId((after ?? before)?.media.id ?? null);
    }
    setItems(remaining);
    setSelected((selection) => new Set([...selection].filter((id) => !gone.has(id))));
  }

  function decide(targets: ReviewQueueItem[], decision: HumanDecision, reason: string | null) {
    if (!targets.length || pending) return;
    startTransition(async () => {
      if (targets.length === 1) {
        const [item] = targets as [ReviewQueueItem];
        const result = await decideAction({
          modelSlug: item.model.slug,
          mediaId: item.media.id,
          decision,
          reason,
        });
        if (!result.ok) {
          toast.error(result.error.message);
          return;
        }
        toast.success(`${DECISION_VERBS[decision]}: ${item.media.filename}`, {
          description: reason ?? undefined,
        });
        if (result.data.status !== queue.status) removeDecided([item.media.id]);
      } else {
        const result = await decideManyAction({
          items: targets.map((item) => ({ modelSlug: item.model.slug, mediaId: item.media.id })),
          decision,
          reason,
        });
        if (!result.ok) {
          toast.error(result.error.message);
          return;
        }
        const done = result.data.filter((outcome) => outcome.ok);
        const failed = result.data.filter((outcome) => !outcome.ok);
        if (done.length) toast.success(`${DECISION_VERBS[decision]}: ${plural(done.length, "photo")}`);
        if (failed.length) {
          toast.error(`${plural(failed.length, "photo")} could not be changed`, {
            description: failed[0] && !failed[0].ok ? failed[0].message : undefined,
          });
        }
        removeDecided(
          done.filter((outcome) => outcome.ok && outcome.status !== queue.status).map((o) => o.mediaId),
        );
      }
      setReasonFor(null);
      router.refresh();
    });
  }

  const selectedItems = items.filter((item) => selected.has(item.media.id));
  const resubmittable = canResubmit && current?.media.moderationStatus === "REJECTED";

  function toggle(id: string, on: boolean) {
    setSelected((selection) => {
      const next = new Set(selection);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  useReviewShortcuts({
    next: () => open(1),
    previous: () => open(-1),
    help: () => setHelpOpen(true),
    ...(canModerate && current
      ? {
          approve: () => decide([current], "APPROVED", null),
          reject: () => setReasonFor({ kind: "reject", count: 1, targets: [current] }),
          select: () => toggle(current.media.id, !selected.has(current.media.id)),
        }
      : {}),
  });

  const allSelected = items.length > 0 && selectedItems.length === items.length;
  const hiddenCount = (queue.counts[queue.status as keyof typeof queue.counts] ?? 0) - queue.items.length;

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
          title={EMPTY[queue.status].title}
          description={
            queue.modelSlug
              ? `${EMPTY[queue.status].description} (Only ${queue.models.find((m) => m.slug === queue.modelSlug)?.displayName ?? queue.modelSlug} is shown.)`
              : EMPTY[queue.status].description
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
          <Card className="overflow-hidden xl:sticky xl:top-6">
            <div className="flex min-h-12 items-center gap-3 border-b border-zinc-100 px-3 py-2">
              {canModerate && (
                <input
                  type="checkbox"
                  checked={allSelected}
                  ref={(box) => {
                    if (box) box.indeterminate = selectedItems.length > 0 && !allSelected;
                  }}
                  onChange={(event) =>
                    setSelected(event.target.checked ? new Set(items.map((i) => i.media.id)) : new Set())
                  }
                  aria-label="Select all photos"
                  className="size-4 rounded border-zinc-300 accent-zinc-900"
                />
              )}
              {selectedItems.length > 0 ? (
                <div className="flex flex-1 items-center justify-between gap-2">
                  <span className="text-[13px] font-medium text-zinc-900">
                    {selectedItems.length} selected
                  </span>
                  <span className="flex gap-1.5">
                    <Button
                      size="sm"
                      variant="secondary"
                      pending={pending && !reasonFor}
                      onClick={() => decide(selectedItems, "APPROVED", null)}
                    >
                      <Check aria-hidden /> Approve
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      onClick={() =>
                        setReasonFor({ kind: "reject", count: selectedItems.length, targets: selectedItems })
                      }
                    >
                      <X aria-hidden /> Reject
                    </Button>
                  </span>
                </div>
              ) : (
                <span className="text-[13px] text-zinc-500">
                  {plural(items.length, "photo")}
                  {hiddenCount > 0 && ` of ${queue.counts[queue.status as keyof typeof queue.counts]}`}
                </span>
              )}
            </div>
            <div className="max-h-[calc(100dvh-16rem)] overflow-y-auto">
              <QueueList
                items={items}
                currentId={current.media.id}
                selected={selected}
                selectable={canModerate}
                now={now}
                onOpen={setCurrentId}
                onToggle={toggle}
              />
            </div>
          </Card>

          <Card className="overflow-hidden" aria-label={`Reviewing ${current.media.filename}`}>
            <div className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-6 py-4">
              <div className="min-w-0">
                <h2 className="flex flex-wrap items-center gap-2.5 text-base font-semibold text-zinc-950">
                  <span className="truncate">{current.media.filename}</span>
                  <ModerationBadge status={current.media.moderationStatus} />
                </h2>
                <p className="mt-1 text-[13px] text-zinc-500">
                  <Link
                    href={`/admin/models/${current.model.slug}/library`}
                    className="font-medium text-zinc-700 hover:text-zinc-950 hover:underline"
                  >
                    {current.model.displayName}
                  </Link>
                  {current.media.width && current.media.height && (
                    <>
                      {" "}
                      · {current.media.width} × {current.media.height}
                    </>
                  )}
                  {" · "}
                  {formatBytes(current.media.bytes)}
                  {" · uploaded "}
                  <time
                    dateTime={current.media.createdAt}
                    title={formatTimestamp(new Date(current.media.createdAt))}
                  >
                    {formatRelative(new Date(current.media.createdAt), now)}
                  </time>
                  {current.uploadedBy && <> by {current.uploadedBy}</>}
                </p>
              </div>
              <div className="flex items-center gap-1">
                <span className="mr-2 text-[13px] text-zinc-500 tabular-nums">
                  {index + 1} of {items.length}
                </span>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => open(-1)}
                  disabled={index <= 0}
                  aria-label="Previous photo"
                >
                  <ArrowLeft aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => open(1)}
                  disabled={index >= items.length - 1}
                  aria-label="Next photo"
                >
                  <ArrowRight aria-hidden />
                </Button>
              </div>
            </div>

            <div className="p-4 sm:p-6">
              <ReviewPreview item={current.media} className="h-[min(58vh,34rem)] min-h-72" />

              <div className="mt-5 flex flex-wrap items-center justify-between gap-4">
                {canModerate ? (
                  <div className="flex flex-wrap gap-2">
                    <Button
                      size="lg"
                      pending={pending && !reasonFor}
                      disabled={current.media.moderationStatus === "APPROVED"}
                      onClick={() => decide([current], "APPROVED", null)}
                    >
                      <ShieldCheck aria-hidden /> Approve
                      <Kbd inverted className="ml-1">
                        A
                      </Kbd>
                    </Button>
                    <Button
                      size="lg"
                      variant="secondary"
                      disabled={current.media.moderationStatus === "REJECTED"}
                      onClick={() => setReasonFor({ kind: "reject", count: 1, targets: [current] })}
                    >
                      <span className="flex items-center gap-2 text-red-700">
                        <ShieldX aria-hidden /> Reject…
                      </span>
                      <Kbd className="ml-1">R</Kbd>
                    </Button>
                  </div>
                ) : resubmittable ? (
                  <Button
                    size="lg"
                    variant="secondary"
                    onClick={() => setReasonFor({ kind: "resubmit", count: 1, targets: [current] })}
                  >
                    <RotateCcw aria-hidden /> Send back for review
                  </Button>
                ) : (
                  <p className="text-sm text-zinc-500">
                    Owners and admins approve or reject photos.
                    {canResubmit && " You can send a rejected photo back for review."}
                  </p>
                )}
                <button
                  type="button"
                  onClick={() => setHelpOpen(true)}
                  className="flex items-center gap-2 rounded-md px-2 py-1 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800"
                >
                  <Keyboard className="size-4" aria-hidden />
                  <span className="flex items-center gap-1">
                    <Kbd>J</Kbd> <Kbd>K</Kbd> next / previous
                    {canModerate && (
                      <>
                        {" · "}
                        <Kbd>X</Kbd> select
                      </>
                    )}
                    {" · "}
                    <Kbd>?</Kbd> all shortcuts
                  </span>
                </button>
              </div>

              <div className="mt-6 grid gap-6 border-t border-zinc-100 pt-6 lg:grid-cols-2">
                <section aria-labelledby="scores-heading">
                  <h3 id="scores-heading" className="mb-4 text-sm font-semibold text-zinc-900">
                    Scores
                  </h3>
                  <ScorePanel history={current.history} policy={current.model} />
                </section>
                <section aria-labelledby="history-heading">
                  <div className="mb-4 flex items-baseline justify-between gap-3">
                    <h3 id="history-heading" className="text-sm font-semibold text-zinc-900">
                      History
                    </h3>
                    <Link
                      href={`/admin/models/${current.model.slug}`}
                      className="flex items-center gap-1 text-xs text-zinc-500 hover:text-zinc-800"
                    >
                      Model policy <ExternalLink className="size-3" aria-hidden />
                    </Link>
                  </div>
                  <ModerationHistory history={current.history} now={now} />
                </section>
              </div>
            </div>
          </Card>
        </div>
      )}

      <ReasonDialog
        request={reasonFor}
        pending={pending}
        onClose={() => setReasonFor(null)}
        onConfirm={(reason) => {
          if (!reasonFor) return;
          decide(
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
