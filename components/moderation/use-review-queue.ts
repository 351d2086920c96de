"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ModerationStatus } from "@/components/media/media-types";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ReviewQueue, ReviewQueueItem } from "@/lib/moderation/list-review-queue";
import type { HumanDecision } from "@/lib/moderation/schemas";
import type { BulkDecisionOutcome } from "@/lib/moderation/settle-each";
import { DECISION_VERBS, QUEUE_TABS } from "./labels";
import type { ReasonRequest } from "./reason-dialog";

type Target = { modelSlug: string; mediaId: string };
type Decided = Extract<BulkDecisionOutcome, { ok: true }>;

export type ReviewActions = {
  decideAction: (
    input: Target & { decision: HumanDecision; reason?: string | null },
  ) => Promise<ActionResult<{ status: ModerationStatus; changed: boolean; checkId: string | null }>>;
  decideManyAction: (input: {
    items: Target[];
    decision: HumanDecision;
    reason?: string | null;
  }) => Promise<ActionResult<BulkDecisionOutcome[]>>;
  undoAction: (input: {
    items: (Target & { checkId: string })[];
  }) => Promise<ActionResult<BulkDecisionOutcome[]>>;
};

export type ReasonTarget = ReasonRequest & { targets: ReviewQueueItem[] };

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const tabLabel = (status: ModerationStatus) =>
  QUEUE_TABS.find((tab) => tab.status === status)?.label ?? status;

/**
 * The review queue's state: the local list (decided photos leave it at once), the current photo, the
 * selection, and decisions, each confirmed by a toast that offers Undo.
 */
export function useReviewQueue(
  queue: ReviewQueue,
  initialMediaId: string | null,
  { decideAction, decideManyAction, undoAction }: ReviewActions,
) {
  const router = useRouter();
  const [items, setItems] = useState(queue.items);
  const [shownItems, setShownItems] = useState(queue.items);
  const [currentId, setCurrentId] = useState(initialMediaId ?? queue.items[0]?.media.id ?? null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reasonFor, setReasonFor] = useState<ReasonTarget | null>(null);
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
  const selectedItems = items.filter((item) => selected.has(item.media.id));

  function open(offset: number) {
    if (!items.length) return;
    const next = items[Math.min(items.length - 1, Math.max(0, index + offset))];
    if (next) setCurrentId(next.media.id);
  }

  function toggle(id: string, on: boolean) {
    setSelected((selection) => {
      const next = new Set(selection);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function selectAll(on: boolean) {
    setSelected(on ? new Set(items.map((i) => i.media.id)) : new Set());
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

  /** Takes decisions back; the refreshed queue brings the photos back where they were. */
  function undo(decided: (Target & { checkId: string })[], what: string) {
    startTransition(async () => {
      const result = await undoAction({ items: decided });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      const undone = result.data.filter((outcome): outcome is Decided => outcome.ok);
      const failed = result.data.find((outcome) => !outcome.ok);
      if (undone[0]) {
        const where = tabLabel(undone[0].status);
        toast.success("Undone", {
          description: `${what} ${decided.length === 1 ? "is" : "are"} back in ${where}.`,
        });
        setCurrentId(undone[0].mediaId);
      }
      if (failed && !failed.ok) toast.error(`Could not undo: ${failed.message}`);
      router.refresh();
    });
  }

  /** A toast that says what was done, with Undo for the photos that changed. */
  function confirmDecision(
    message: string,
    what: string,
    decided: (Target & { checkId: string })[],
    reason?: string,
  ) {
    toast.success(message, {
      description: reason,
      // Long enough to notice the mistake and reach the button.
      duration: 10_000,
      action: decided.length ? { label: "Undo", onClick: () => undo(decided, what) } : undefined,
    });
  }

  function decide(targets: ReviewQueueItem[], decision: HumanDecision, reason: string | null) {
    if (!targets.length || pending) return;
    const verb = DECISION_VERBS[decision];
    startTransition(async () => {
      if (targets.length === 1) {
        const [item] = targets as [ReviewQueueItem];
        const target = { modelSlug: item.model.slug, mediaId: item.media.id };
        const result = await decideAction({ ...target, decision, reason });
        if (!result.ok) {
          toast.error(result.error.message);
          return;
        }
        const { checkId } = result.data;
        confirmDecision(
          `${verb}: ${item.media.filename}`,
          item.media.filename,
          checkId ? [{ ...target, checkId }] : [],
          reason ?? undefined,
        );
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
        const done = result.data.filter((outcome): outcome is Decided => outcome.ok);
        const failed = result.data.filter((outcome) => !outcome.ok);
        if (done.length) {
          const slugOf = new Map(targets.map((item) => [item.media.id, item.model.slug]));
          const undoable = done.flatMap((outcome) =>
            outcome.checkId
              ? [
                  {
                    modelSlug: slugOf.get(outcome.mediaId)!,
                    mediaId: outcome.mediaId,
                    checkId: outcome.checkId,
                  },
                ]
              : [],
          );
          const what = plural(done.length, "photo");
          confirmDecision(`${verb}: ${what}`, what, undoable);
        }
        if (failed.length) {
          toast.error(`${plural(failed.length, "photo")} could not be changed`, {
            description: failed[0] && !failed[0].ok ? failed[0].message : undefined,
          });
        }
        removeDecided(done.filter((outcome) => outcome.status !== queue.status).map((o) => o.mediaId));
      }
      setReasonFor(null);
      router.refresh();
    });
  }

  return {
    items,
    index,
    current,
    selected,
    selectedItems,
    reasonFor,
    pending,
    open,
    openPhoto: setCurrentId,
    toggle,
    selectAll,
    decide,
    askReason: setReasonFor,
  };
}
