"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { countPhotos } from "./format-bytes";
import { fetchMedia, mediaCollectionUrl } from "./media-api";
import { MediaDetailsDialog } from "./media-details-dialog";
import { MediaGrid } from "./media-grid";
import type { MediaJson, MediaPage } from "./media-types";
import { UploadDropZone } from "./upload-drop-zone";
import type { UploadEntry } from "./upload-queue";
import { UploadQueuePanel } from "./upload-queue-panel";
import { useModelMedia } from "./use-model-media";
import { useUploadQueue } from "./use-upload-queue";

/** One toast per batch once all its files have an outcome. */
function toastBatch(entries: UploadEntry[]) {
  const count = (status: UploadEntry["status"]) => entries.filter((e) => e.status === status).length;
  const created = count("created");
  const duplicates = count("duplicate");
  const refused = count("refused") + count("failed");
  const cancelled = count("cancelled");
  // The person cancelled everything themselves: nothing to tell them.
  if (cancelled === entries.length) return;

  if (entries.length === 1) {
    const entry = entries[0]!;
    const name = entry.file.name;
    if (created) return toast.success(`${name} uploaded`, { description: "It is being processed now." });
    if (duplicates) return toast.info(`${name} is already in the library`);
    if (entry.status === "cancelled") return;
    return toast.error(`${name} was not uploaded`, { description: entry.message });
  }
  const details = [
    duplicates > 0 && `${duplicates} already in the library`,
    refused > 0 && `${refused} not uploaded`,
    cancelled > 0 && `${cancelled} cancelled`,
  ].filter(Boolean) as string[];
  if (created === entries.length) {
    toast.success(`${countPhotos(created)} uploaded`, { description: "They are being processed now." });
  } else if (created > 0) {
    toast.warning(`${created} of ${countPhotos(entries.length, "file")} uploaded`, {
      description: details.join(" · "),
    });
  } else if (refused === 0) {
    toast.info(`No new photos in ${countPhotos(entries.length, "file")}`, {
      description: details.join(" · "),
    });
  } else {
    toast.error(`None of the ${entries.length} files was uploaded`, { description: details.join(" · ") });
  }
}

/**
 * A model's library page body: the drop zone and the upload queue for those who may upload, and
 * the grid of the model's photos for everyone who may see the model, kept current without a reload.
 */
export function ModelLibrary({
  slug,
  canUpload,
  maxFileSize,
  typesLabel,
  initialPage,
}: {
  slug: string;
  canUpload: boolean;
  maxFileSize: number;
  typesLabel: string;
  /** The first page, rendered on the server; null to fetch it in the browser. */
  initialPage: MediaPage | null;
}) {
  const media = useModelMedia(slug, initialPage);
  const { upsert } = media;
  const [announcement, setAnnouncement] = useState("");

  const handlers = useMemo(
    () => ({
      onCreated: (item: MediaJson) => upsert([item]),
      onBatchSettled: toastBatch,
      onAnnounce: setAnnouncement,
    }),
    [upsert],
  );
  const { queue, entries } = useUploadQueue({ url: mediaCollectionUrl(slug), maxFileSize }, handlers);

  const byId = useMemo(() => new Map(media.items.map((item) => [item.id, item])), [media.items]);
  const lookup = useCallback((id: string) => byId.get(id), [byId]);

  // The open photo lives in the address (?item=), so a duplicate's link and a card's link are real links.
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const openId = searchParams.get("item");
  const itemHref = useCallback((id: string) => `${pathname}?item=${encodeURIComponent(id)}`, [pathname]);
  const reviewHref = useCallback(
    (item: MediaJson) => {
      // The queue opens on the tab the photo is in, with the photo shown.
      const params = new URLSearchParams({ model: slug, media: item.id });
      if (item.moderationStatus !== "NEEDS_REVIEW") params.set("status", item.moderationStatus);
      return `/admin/moderation?${params.toString()}`;
    },
    [slug],
  );
  const [fetched, setFetched] = useState<{ id: string; item: MediaJson | null; error: string | null } | null>(
    null,
  );
  const known = openId ? byId.get(openId) : undefined;
  useEffect(() => {
    if (!openId || known) return;
    const controller = new AbortController();
    fetchMedia(slug, openId, controller.signal).then(
      (item) => setFetched({ id: openId, item, error: null }),
      (err: unknown) => {
        if (!controller.signal.aborted)
          setFetched({ id: openId, item: null, error: err instanceof Error ? err.message : "Not found." });
      },
    );
    return () => controller.abort();
  }, [slug, openId, known]);
  const remote = fetched && fetched.id === openId ? fetched : null;
  const detailsItem = openId ? (known ?? remote?.item ?? null) : null;

  const [trashed, setTrashed] = useState<ReadonlySet<string>>(() => new Set());
  const visible = useMemo(
    () => (trashed.size ? media.items.filter((item) => !trashed.has(item.id)) : media.items),
    [media.items, trashed],
  );

  const processing = media.items.filter((item) => item.status === "PROCESSING").length;

  return (
    <div className="space-y-8">
      {canUpload && (
        <section aria-label="Upload" className="space-y-4">
          <UploadDropZone
            onFiles={queue.add}
            maxFileSize={maxFileSize}
            typesLabel={typesLabel}
            compact={media.items.length > 0}
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
        </section>
      )}

      <section aria-labelledby="photos-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="photos-heading" className="text-base font-semibold text-zinc-900">
            Photos
            {media.items.length > 0 && (
              <span className="ml-2 text-sm font-normal text-zinc-500 tabular-nums">
                {media.items.length}
                {media.nextCursor ? "+" : ""}
              </span>
            )}
          </h2>
          <p className="text-sm text-zinc-500">
            {processing > 0
              ? `${countPhotos(processing)} processing…`
              : media.items.length > 0
                ? "All processed"
                : ""}
          </p>
        </div>
        {media.error && <Alert>{media.error}</Alert>}
        {media.ready ? (
          <MediaGrid
            items={visible}
            itemHref={itemHref}
            canUpload={canUpload}
            nextCursor={media.nextCursor}
            loadingMore={media.loadingMore}
            onLoadMore={() => void media.loadMore()}
          />
        ) : (
          <ul
            aria-hidden
            className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4 xl:grid-cols-5"
          >
            {Array.from({ length: 10 }, (_, i) => (
              <li key={i} className="aspect-[4/5] rounded-xl bg-zinc-100 motion-safe:animate-pulse" />
            ))}
          </ul>
        )}
      </section>

      <MediaDetailsDialog
        item={detailsItem}
        loading={Boolean(openId && !detailsItem && !remote?.error)}
        error={openId && !detailsItem ? (remote?.error ?? null) : null}
        onClose={() => window.history.replaceState(null, "", pathname)}
        canEdit={canUpload}
        onChanged={(item) => {
          // A photo moved to the trash leaves the grid; its undo brings it back.
          setTrashed((ids) => {
            const next = new Set(ids);
            if (item.deletedAt) next.add(item.id);
            else next.delete(item.id);
            return next;
          });
          upsert([item]);
        }}
      />

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
