"use client";

import { Images } from "lucide-react";
import { memo } from "react";
import { ItemLink } from "./item-link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatBytes } from "./format-bytes";
import { ModerationBadge, StatusBadge } from "./media-badges";
import { MediaPicture } from "./media-picture";
import type { MediaJson } from "./media-types";

const CARD_SIZES = "(min-width: 1280px) 220px, (min-width: 640px) 30vw, 50vw";

const MediaCard = memo(function MediaCard({ item, href }: { item: MediaJson; href: string }) {
  const dimensions = item.width && item.height ? `${item.width} × ${item.height}` : null;
  return (
    <li
      id={`media-${item.id}`}
      data-media-id={item.id}
      data-status={item.status}
      aria-label={item.filename}
      className="group relative flex flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-xs transition-shadow focus-within:shadow-md hover:shadow-md"
    >
      <MediaPicture item={item} className="aspect-square w-full" sizes={CARD_SIZES} />
      <div className="flex min-w-0 flex-1 flex-col gap-2 p-3">
        <div className="min-w-0">
          <ItemLink
            href={href}
            className="focus-visible:after:outline-brand-500 block truncate rounded text-sm font-medium text-zinc-900 after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2"
            title={item.filename}
          >
            {item.filename}
          </ItemLink>
          <p className="mt-0.5 text-xs text-zinc-500 tabular-nums">
            {[dimensions, formatBytes(item.bytes)].filter(Boolean).join(" · ")}
          </p>
        </div>
        <div className="mt-auto flex flex-wrap gap-1.5">
          <StatusBadge status={item.status} />
          <ModerationBadge status={item.moderationStatus} />
        </div>
        {item.status === "FAILED" && (
          <p className="line-clamp-2 text-xs leading-5 text-red-700" title={item.failureReason ?? undefined}>
            {item.failureReason || "Processing failed after several attempts."}
          </p>
        )}
      </div>
    </li>
  );
});

/** The model's photos as cards: thumbnail, name, size, processing and moderation state. */
export function MediaGrid({
  items,
  itemHref,
  canUpload,
  nextCursor,
  loadingMore,
  onLoadMore,
}: {
  items: MediaJson[];
  itemHref: (id: string) => string;
  canUpload: boolean;
  nextCursor: string | null;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  if (items.length === 0) {
    return (
      <EmptyState
        icon={Images}
        title="No photos yet"
        description={
          canUpload
            ? "Photos you upload appear here while they are processed, then with their moderation state."
            : "Nothing has been uploaded for this model yet. Editors and admins can upload photos here."
        }
      />
    );
  }
  return (
    <div className="space-y-6">
      <ul
        aria-label="Photos"
        className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4 xl:grid-cols-5"
      >
        {items.map((item) => (
          <MediaCard key={item.id} item={item} href={itemHref(item.id)} />
        ))}
      </ul>
      {nextCursor && (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={onLoadMore} pending={loadingMore}>
            Show more photos
          </Button>
        </div>
      )}
    </div>
  );
}
