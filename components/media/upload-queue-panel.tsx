"use client";

import {
  Ban,
  CircleAlert,
  CircleCheck,
  CircleX,
  Clock,
  CopyCheck,
  FileImage,
  LoaderCircle,
  RotateCcw,
  Trash2,
  X,
} from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { ItemLink } from "./item-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { countPhotos, formatBytes } from "./format-bytes";
import { MediaPicture } from "./media-picture";
import type { MediaJson } from "./media-types";
import { isActive, type UploadEntry, type UploadQueue } from "./upload-queue";

function ProgressBar({
  value,
  label,
  valueText,
  tone,
  className,
}: {
  value: number;
  label: string;
  valueText: string;
  tone: "brand" | "done" | "idle";
  className?: string;
}) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className={cn("h-1.5 w-full overflow-hidden rounded-full bg-zinc-100", className)}
    >
      <div
        className={cn(
          "h-full rounded-full motion-safe:transition-[width] motion-safe:duration-200",
          tone === "brand" ? "bg-sky-500" : tone === "done" ? "bg-emerald-500" : "bg-zinc-300",
        )}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}

const percentOf = (entry: UploadEntry) => (entry.total > 0 ? (entry.loaded / entry.total) * 100 : 0);

interface RowView {
  icon: React.ReactNode;
  text: React.ReactNode;
  tone: string;
}

/** A processed photo says where moderation stands, and links to the queue where a person decides. */
function describeReady(item: MediaJson, reviewHref: string): RowView {
  const queueLink = (label: string) => (
    <>
      {" · "}
      <Link href={reviewHref} className="font-medium underline underline-offset-2 hover:text-zinc-950">
        {label}
      </Link>
    </>
  );
  switch (item.moderationStatus) {
    case "PENDING":
      return {
        icon: <LoaderCircle className="motion-safe:animate-spin" aria-hidden />,
        text: "Processed · being checked",
        tone: "text-sky-700",
      };
    case "NEEDS_REVIEW":
      return {
        icon: <Clock aria-hidden />,
        text: <>Processed, waiting for review{queueLink("Open the review queue")}</>,
        tone: "text-amber-800",
      };
    case "APPROVED":
      return { icon: <CircleCheck aria-hidden />, text: "Processed and approved", tone: "text-emerald-700" };
    case "REJECTED":
      return {
        icon: <CircleX aria-hidden />,
        text: <>Processed, rejected{queueLink("See why")}</>,
        tone: "text-red-700",
      };
  }
}

function describe(
  entry: UploadEntry,
  item: MediaJson | undefined,
  itemHref: (id: string) => string,
  reviewHref: (item: MediaJson) => string,
): RowView {
  switch (entry.status) {
    case "queued":
      return { icon: <Clock aria-hidden />, text: "Waiting to upload", tone: "text-zinc-500" };
    case "uploading": {
      // Every byte is sent; the server is checking the file (type, size, pixels, duplicate).
      if (entry.total > 0 && entry.loaded >= entry.total) {
        return {
          icon: <LoaderCircle className="motion-safe:animate-spin" aria-hidden />,
          text: "Sent · the server is checking it",
          tone: "text-zinc-600",
        };
      }
      const percent = Math.round(percentOf(entry));
      return {
        icon: <LoaderCircle className="motion-safe:animate-spin" aria-hidden />,
        text: (
          <>
            Uploading <span className="tabular-nums">{percent}%</span>
            <span className="text-zinc-500"> · </span>
            <span className="tabular-nums">
              {formatBytes(Math.min(entry.loaded, entry.file.size))} of {formatBytes(entry.file.size)}
            </span>
          </>
        ),
        tone: "text-zinc-600",
      };
    }
    case "created":
      if (item?.status === "FAILED") {
        return {
          icon: <CircleAlert aria-hidden />,
          text: `Uploaded, but processing failed${item.failureReason ? `: ${item.failureReason}` : "."}`,
          tone: "text-red-700",
        };
      }
      if (item?.status === "READY") return describeReady(item, reviewHref(item));
      return {
        icon: <LoaderCircle className="motion-safe:animate-spin" aria-hidden />,
        text: "Uploaded · processing",
        tone: "text-sky-700",
      };
    case "duplicate":
      return {
        icon: <CopyCheck aria-hidden />,
        text: (
          <>
            Already in the library
            {entry.existingId && (
              <>
                {" · "}
                <ItemLink
                  href={itemHref(entry.existingId)}
                  className="font-medium underline decoration-amber-400 underline-offset-2 hover:text-amber-950"
                >
                  View the existing photo
                </ItemLink>
              </>
            )}
          </>
        ),
        tone: "text-amber-800",
      };
    case "refused":
      return {
        icon: <CircleAlert aria-hidden />,
        text: entry.local ? `Not sent: ${entry.message}` : entry.message,
        tone: "text-red-700",
      };
    case "failed":
      return { icon: <CircleAlert aria-hidden />, text: entry.message, tone: "text-red-700" };
    case "cancelled":
      return { icon: <Ban aria-hidden />, text: "Cancelled", tone: "text-zinc-500" };
  }
}

const UploadRow = memo(function UploadRow({
  entry,
  item,
  queue,
  itemHref,
  reviewHref,
}: {
  entry: UploadEntry;
  item: MediaJson | undefined;
  queue: UploadQueue;
  itemHref: (id: string) => string;
  reviewHref: (item: MediaJson) => string;
}) {
  const name = entry.file.name;
  const view = describe(entry, item, itemHref, reviewHref);
  const showBar = isActive(entry);
  return (
    <li
      className="flex items-center gap-3.5 px-4 py-3 sm:px-5"
      data-upload-status={entry.status}
      aria-label={name}
    >
      <span className="relative flex size-10 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-zinc-100 text-zinc-400 ring-1 ring-zinc-950/5">
        {item && item.variants.length > 0 ? (
          <MediaPicture item={item} className="size-10" sizes="40px" />
        ) : (
          <FileImage className="size-5" aria-hidden strokeWidth={1.75} />
        )}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline justify-between gap-3">
          <p className="truncate text-sm font-medium text-zinc-900" title={name}>
            {name}
          </p>
          <span className="shrink-0 text-xs text-zinc-500 tabular-nums">{formatBytes(entry.file.size)}</span>
        </div>
        {showBar && (
          <ProgressBar
            className="mt-1.5"
            value={percentOf(entry)}
            tone={entry.status === "queued" ? "idle" : "brand"}
            label={`Upload of ${name}`}
            valueText={
              entry.status === "queued"
                ? "Waiting"
                : `${Math.round(percentOf(entry))}%, ${formatBytes(Math.min(entry.loaded, entry.file.size))} of ${formatBytes(entry.file.size)}`
            }
          />
        )}
        <p
          className={cn(
            "mt-1 flex items-start gap-1.5 text-xs leading-5 [&_svg]:mt-0.5 [&_svg]:size-3.5 [&_svg]:shrink-0",
            view.tone,
          )}
        >
          {view.icon}
          <span className="min-w-0" data-testid="upload-message">
            {view.text}
          </span>
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-1">
        {entry.retryable && !isActive(entry) && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => queue.retry(entry.key)}
            aria-label={`Retry ${name}`}
          >
            <RotateCcw aria-hidden />
            <span className="hidden sm:inline">{entry.local ? "Send anyway" : "Retry"}</span>
          </Button>
        )}
        {isActive(entry) ? (
          <Button
            variant="ghost"
            size="sm"
            className="px-2"
            onClick={() => queue.cancel(entry.key)}
            aria-label={`Cancel ${name}`}
            title="Cancel"
          >
            <X aria-hidden />
          </Button>
        ) : (
          <Button
            variant="ghost"
            size="sm"
            className="px-2 text-zinc-500"
            onClick={() => queue.remove(entry.key)}
            aria-label={`Remove ${name} from the list`}
            title="Remove from the list"
          >
            <Trash2 aria-hidden />
          </Button>
        )}
      </div>
    </li>
  );
});

/** The latest drop or pick on top, where the eye is; files keep their order within a batch. */
function newestBatchFirst(entries: readonly UploadEntry[]): UploadEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.batch - a.entry.batch || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The queue: one row per file with its progress and outcome, a summary, cancel-all and clear. */
export function UploadQueuePanel({
  entries,
  queue,
  lookup,
  itemHref,
  reviewHref,
}: {
  entries: readonly UploadEntry[];
  queue: UploadQueue;
  lookup: (id: string) => MediaJson | undefined;
  itemHref: (id: string) => string;
  /** The review queue opened on this photo. */
  reviewHref: (item: MediaJson) => string;
}) {
  const count = (...statuses: UploadEntry["status"][]) =>
    entries.filter((e) => statuses.includes(e.status)).length;
  const uploading = count("uploading");
  const waiting = count("queued");
  const created = count("created");
  const problems = count("refused", "failed");
  const duplicates = count("duplicate");
  const active = uploading + waiting;

  // Overall progress by bytes, over the files that are still going or went up in this session.
  const counted = entries.filter((e) => isActive(e) || e.status === "created");
  const totalBytes = counted.reduce((sum, e) => sum + e.file.size, 0);
  const sentBytes = counted.reduce(
    (sum, e) =>
      sum +
      (e.status === "created" ? e.file.size : Math.min(e.file.size, (percentOf(e) / 100) * e.file.size)),
    0,
  );
  const overall = totalBytes > 0 ? (sentBytes / totalBytes) * 100 : 100;

  const summary = [
    `${created} of ${entries.length} uploaded`,
    uploading > 0 && `${uploading} in progress`,
    waiting > 0 && `${waiting} waiting`,
    duplicates > 0 && `${duplicates} already in the library`,
    problems > 0 && `${problems} not uploaded`,
  ].filter(Boolean);

  return (
    <Card aria-labelledby="upload-queue-title" className="overflow-hidden">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-zinc-100 px-4 py-3.5 sm:px-5">
        <div className="min-w-0">
          <h2 id="upload-queue-title" className="text-sm font-semibold text-zinc-900">
            {active > 0 ? `Uploading ${countPhotos(entries.length, "file")}` : "Uploads"}
          </h2>
          <p className="mt-0.5 text-xs text-zinc-500">{summary.join(" · ")}</p>
        </div>
        <div className="flex items-center gap-2">
          {active > 0 ? (
            <Button variant="secondary" size="sm" onClick={queue.cancelAll}>
              Cancel all
            </Button>
          ) : (
            <Button variant="ghost" size="sm" onClick={queue.clearFinished}>
              Clear list
            </Button>
          )}
        </div>
        {active > 0 && (
          <ProgressBar
            value={overall}
            tone="brand"
            label="All uploads"
            valueText={`${Math.round(overall)}%, ${formatBytes(sentBytes)} of ${formatBytes(totalBytes)}`}
            className="basis-full"
          />
        )}
      </div>
      <ul
        aria-label="Files"
        className="max-h-[26rem] divide-y divide-zinc-100 overflow-y-auto overscroll-contain"
      >
        {newestBatchFirst(entries).map((entry) => (
          <UploadRow
            key={entry.key}
            entry={entry}
            item={entry.mediaId ? lookup(entry.mediaId) : undefined}
            queue={queue}
            itemHref={itemHref}
            reviewHref={reviewHref}
          />
        ))}
      </ul>
    </Card>
  );
}
