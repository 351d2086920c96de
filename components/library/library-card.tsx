"use client";

import { memo } from "react";
import { formatBytes } from "@/components/media/format-bytes";
import { ModerationBadge, StatusBadge } from "@/components/media/media-badges";
import { MediaPicture } from "@/components/media/media-picture";
import { cn } from "@/components/ui/cn";
import { displayName, formatDay } from "./library-columns";
import type { LibraryItem } from "./workspace-types";
import { SelectBox } from "./select-box";

/** Height of the caption under each square thumbnail. */
export const CARD_CAPTION_HEIGHT = 52;

/** One photo in the grid: the thumbnail on its dominant colour, the states that need attention, the name. */
export const LibraryCard = memo(function LibraryCard({
  item,
  index,
  selected,
  focusable,
  selecting,
  onToggle,
  onOpen,
  sizes,
  href,
}: {
  href: string;
  item: LibraryItem;
  index: number;
  selected: boolean;
  focusable: boolean;
  /** Something is selected: a click on the card toggles it instead of opening it. */
  selecting: boolean;
  onToggle: (index: number, range: boolean) => void;
  onOpen: (item: LibraryItem) => void;
  sizes: string;
}) {
  const name = displayName(item);
  const dimensions = item.width && item.height ? `${item.width} × ${item.height}` : null;
  return (
    <div
      data-media-id={item.id}
      data-index={index}
      className={cn(
        "group relative flex size-full min-w-0 cursor-pointer flex-col overflow-hidden rounded-xl bg-white shadow-xs ring-1 transition-shadow select-none",
        selected ? "ring-brand-500 ring-2" : "ring-zinc-200 hover:shadow-md",
      )}
      onClick={(event) => {
        if ((event.target as Element).closest("input,a,button")) return;
        if (selecting || event.shiftKey) onToggle(index, event.shiftKey);
        else onOpen(item);
      }}
    >
      <div className="relative">
        <MediaPicture item={item} className="aspect-square w-full" sizes={sizes} />
        {selected && <span aria-hidden className="bg-brand-500/15 absolute inset-0" />}
        <span
          className={cn(
            "absolute top-2 left-2 transition-opacity",
            !selected && !selecting && "opacity-70 group-hover:opacity-100 focus-within:opacity-100",
          )}
        >
          <SelectBox
            index={index}
            label={name}
            selected={selected}
            focusable={focusable}
            onToggle={onToggle}
          />
        </span>
        {(item.status !== "READY" || item.moderationStatus !== "APPROVED") && (
          <div className="absolute inset-x-2 bottom-2 flex flex-wrap gap-1">
            {item.status !== "READY" && <StatusBadge status={item.status} />}
            {item.status === "READY" && <ModerationBadge status={item.moderationStatus} />}
          </div>
        )}
      </div>
      <div className="flex min-w-0 flex-col justify-center px-2.5" style={{ height: CARD_CAPTION_HEIGHT }}>
        <a
          href={href}
          tabIndex={-1}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onOpen(item);
          }}
          className="truncate text-[13px] font-medium text-zinc-900 hover:underline"
          title={item.filename}
        >
          {name}
        </a>
        <p className="truncate text-xs text-zinc-500 tabular-nums">
          {item.deletedAt
            ? `Trashed ${formatDay(item.deletedAt)}`
            : [dimensions, formatBytes(item.bytes)].filter(Boolean).join(" · ")}
        </p>
      </div>
    </div>
  );
});
