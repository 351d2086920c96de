"use client";

import { Check, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ReviewQueueItem } from "@/lib/moderation/list-review-queue";
import { QueueList } from "./queue-list";
import { plural } from "./use-review-queue";

/** The queue's left column: select all, the bulk buttons for the selection, and the list of photos. */
export function QueueSidebar({
  items,
  currentId,
  selected,
  selectedItems,
  canModerate,
  total,
  approving,
  now,
  onOpen,
  onToggle,
  onSelectAll,
  onApprove,
  onReject,
}: {
  items: ReviewQueueItem[];
  currentId: string;
  selected: ReadonlySet<string>;
  selectedItems: ReviewQueueItem[];
  canModerate: boolean;
  /** How many photos the tab holds, when more than are listed. */
  total: number | null;
  approving: boolean;
  now: Date;
  onOpen: (id: string) => void;
  onToggle: (id: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onApprove: () => void;
  onReject: () => void;
}) {
  const allSelected = items.length > 0 && selectedItems.length === items.length;
  return (
    <Card className="overflow-hidden xl:sticky xl:top-6">
      <div className="flex min-h-12 items-center gap-3 border-b border-zinc-100 px-3 py-2">
        {canModerate && (
          <input
            type="checkbox"
            checked={allSelected}
            ref={(box) => {
              if (box) box.indeterminate = selectedItems.length > 0 && !allSelected;
            }}
            onChange={(event) => onSelectAll(event.target.checked)}
            aria-label="Select all photos"
            className="size-4 rounded border-zinc-300 accent-zinc-900"
          />
        )}
        {selectedItems.length > 0 ? (
          <div className="flex flex-1 items-center justify-between gap-2">
            <span className="text-[13px] font-medium text-zinc-900">{selectedItems.length} selected</span>
            <span className="flex gap-1.5">
              <Button size="sm" variant="secondary" pending={approving} onClick={onApprove}>
                <Check aria-hidden /> Approve
              </Button>
              <Button size="sm" variant="secondary" onClick={onReject}>
                <X aria-hidden /> Reject
              </Button>
            </span>
          </div>
        ) : (
          <span className="text-[13px] text-zinc-500">
            {plural(items.length, "photo")}
            {total !== null && ` of ${total}`}
          </span>
        )}
      </div>
      <div className="max-h-[calc(100dvh-16rem)] overflow-y-auto">
        <QueueList
          items={items}
          currentId={currentId}
          selected={selected}
          selectable={canModerate}
          now={now}
          onOpen={onOpen}
          onToggle={onToggle}
        />
      </div>
    </Card>
  );
}
