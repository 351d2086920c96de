"use client";

import { useCallback, useMemo, useState } from "react";
import type { MediaJson } from "@/components/media/media-types";
import { toastUploadBatch } from "@/components/media/toast-upload-batch";
import { UploadDropZone } from "@/components/media/upload-drop-zone";
import { UploadQueuePanel } from "@/components/media/upload-queue-panel";
import { useUploadQueue } from "@/components/media/use-upload-queue";
import { mediaCollectionUrl } from "@/components/media/media-api";

/** The drop zone and the upload queue above a model's library, for those who may upload. */
export function LibraryUploads({
  slug,
  maxFileSize,
  typesLabel,
  compact,
  onCreated,
  lookup,
  itemHref,
}: {
  slug: string;
  maxFileSize: number;
  typesLabel: string;
  compact: boolean;
  onCreated: (item: MediaJson) => void;
  lookup: (id: string) => MediaJson | undefined;
  itemHref: (id: string) => string;
}) {
  const [announcement, setAnnouncement] = useState("");
  const handlers = useMemo(
    () => ({ onCreated, onBatchSettled: toastUploadBatch, onAnnounce: setAnnouncement }),
    [onCreated],
  );
  const { queue, entries } = useUploadQueue({ url: mediaCollectionUrl(slug), maxFileSize }, handlers);
  const reviewHref = useCallback(
    (item: MediaJson) => {
      // The queue opens on the tab the photo is in, with the photo shown.
      const params = new URLSearchParams({ model: slug, media: item.id });
      if (item.moderationStatus !== "NEEDS_REVIEW") params.set("status", item.moderationStatus);
      return `/admin/moderation?${params.toString()}`;
    },
    [slug],
  );

  return (
    <section aria-label="Upload" className="mb-8 space-y-4">
      <UploadDropZone
        onFiles={queue.add}
        maxFileSize={maxFileSize}
        typesLabel={typesLabel}
        compact={compact}
      />
      {entries.length > 0 && (
        <UploadQueuePanel
          entries={entries}
          queue={queue}
          lookup={lookup}
          itemHref={itemHref}
          reviewHref={reviewHref}
        />
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
