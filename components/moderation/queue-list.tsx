"use client";

import { useEffect, useRef } from "react";
import { formatRelative } from "@/components/admin/format-time";
import { MediaPicture } from "@/components/media/media-picture";
import { cn } from "@/components/ui/cn";
import type { ReviewQueueItem } from "@/lib/moderation/list-review-queue";
import { percent } from "./labels";

/** The photos of the queue, one row each: a checkbox for bulk actions, a thumbnail, where and when. */
export function QueueList({
  items,
  currentId,
  selected,
  selectable,
  now,
  onOpen,
  onToggle,
}: {
  items: ReviewQueueItem[];
  currentId: string | null;
  selected: ReadonlySet<string>;
  selectable: boolean;
  now: Date;
  onOpen: (id: string) => void;
  onToggle: (id: string, on: boolean) => void;
}) {
  const currentRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: "nearest" });
  }, [currentId]);

  return (
    <ul className="divide-y divide-zinc-100" aria-label="Photos in this queue">
      {items.map((item) => {
        const { media } = item;
        const current = media.id === currentId;
        const unsafe = item.history.find((h) => h.unsafeScore !== null)?.unsafeScore ?? null;
        return (
          <li
            key={media.id}
            ref={current ? currentRef : undefined}
            className={cn(
              "relative flex items-center gap-3 px-3 py-2.5 transition-colors",
              current ? "bg-brand-50/70" : "hover:bg-zinc-50",
            )}
          >
            {current && <span aria-hidden className="bg-brand-500 absolute inset-y-0 left-0 w-0.5" />}
            {selectable && (
              <input
                type="checkbox"
                checked={selected.has(media.id)}
                onChange={(event) => onToggle(media.id, event.target.checked)}
                aria-label={`Select ${media.filename}`}
                className="size-4 shrink-0 rounded border-zinc-300 accent-zinc-900"
              />
            )}
            <button
              type="button"
              onClick={() => onOpen(media.id)}
              aria-current={current ? "true" : undefined}
              className="flex min-w-0 flex-1 items-center gap-3 text-left"
            >
              <MediaPicture item={media} className="size-12 shrink-0 rounded-md" />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-[13px] font-medium text-zinc-900">{media.filename}</span>
                <span className="mt-0.5 block truncate text-xs text-zinc-500">
                  {item.model.displayName} · {formatRelative(new Date(media.createdAt), now)}
                </span>
              </span>
              {unsafe !== null && (
                <span
                  title="Unsafe score"
                  className={cn(
                    "shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium tabular-nums",
                    unsafe > item.model.policyRejectAbove
                      ? "bg-red-50 text-red-700"
                      : unsafe < item.model.policyApproveBelow
                        ? "bg-emerald-50 text-emerald-700"
                        : "bg-amber-50 text-amber-800",
                  )}
                >
                  {percent(unsafe)}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
