"use client";

import { ExternalLink, LoaderCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { formatBytes } from "./format-bytes";
import { ModerationBadge, StatusBadge } from "./media-badges";
import { MediaPicture } from "./media-picture";
import type { MediaJson } from "./media-types";
import { MediaViews } from "./media-views";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
}

function Details({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="divide-y divide-zinc-100 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="flex items-baseline justify-between gap-4 py-2">
          <dt className="shrink-0 text-zinc-500">{term}</dt>
          <dd className="min-w-0 text-right font-medium break-words text-zinc-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One photo's details: a large preview, its state, the file's facts, how often the public opened it
 * and the staff-only metadata.
 */
export function MediaDetailsDialog({
  item,
  loading,
  error,
  onClose,
}: {
  item: MediaJson | null;
  loading: boolean;
  error: string | null;
  onClose: () => void;
}) {
  const open = item !== null || loading || error !== null;
  const meta = item?.metadata ?? null;
  const gps = meta?.gps ?? null;
  const originalRows = meta
    ? (
        [
          ["Camera", meta.camera],
          ["Lens", meta.lens ?? null],
          ["Exposure", meta.exposure],
          ["Taken", formatDate(meta.takenAt)],
          ["GPS", gps ? `${gps.latitude.toFixed(5)}, ${gps.longitude.toFixed(5)}` : null],
        ] as [string, string | null][]
      ).filter((row): row is [string, string] => Boolean(row[1]))
    : [];
  const largest = item?.variants.filter((v) => v.format === "JPEG").sort((a, b) => b.width - a.width)[0];

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        <span className="block truncate pr-2">{item?.filename ?? (loading ? "Loading…" : "Photo")}</span>
      }
      description={item ? `Uploaded ${formatDate(item.createdAt)}` : undefined}
      className="max-w-3xl!"
    >
      {error && <Alert>{error}</Alert>}
      {loading && !item && (
        <div className="flex items-center justify-center py-16 text-zinc-500">
          <LoaderCircle className="size-6 motion-safe:animate-spin" aria-hidden />
          <span className="sr-only">Loading the photo</span>
        </div>
      )}
      {item && (
        <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
          <div>
            <MediaPicture
              item={item}
              use="display"
              sizes="(min-width: 768px) 440px, 90vw"
              loading="eager"
              className="w-full rounded-lg ring-1 ring-zinc-950/5"
              imgClassName="object-contain"
              alt={item.filename}
              key={item.id}
            />
            {largest && (
              <a
                href={largest.url}
                target="_blank"
                rel="noreferrer"
                className="mt-2 inline-flex items-center gap-1 rounded text-xs font-medium text-zinc-500 hover:text-zinc-900"
              >
                Open the largest public variant ({largest.width} px){" "}
                <ExternalLink className="size-3" aria-hidden />
              </a>
            )}
          </div>
          <div className="space-y-4">
            <div className="flex flex-wrap gap-1.5">
              <StatusBadge status={item.status} />
              <ModerationBadge status={item.moderationStatus} />
            </div>
            {item.status === "FAILED" && (
              <Alert>{item.failureReason || "Processing failed after several attempts."}</Alert>
            )}
            <Details
              rows={[
                ["Dimensions", item.width && item.height ? `${item.width} × ${item.height}` : "—"],
                ["File size", formatBytes(item.bytes)],
                ["Type", item.mime],
                ["Variants", item.variants.length ? `${item.variants.length} files` : "Not yet"],
                [
                  "SHA-256",
                  <span key="sha" className="font-mono text-xs" title={item.sha256}>
                    {item.sha256.slice(0, 12)}…
                  </span>,
                ],
              ]}
            />
            <MediaViews slug={item.modelSlug} mediaId={item.id} />
            {meta && (
              <div>
                <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                  From the original <span className="font-normal normal-case">(staff only)</span>
                </h3>
                {originalRows.length ? (
                  <Details rows={originalRows} />
                ) : (
                  <p className="mt-2 text-sm text-zinc-500">
                    The original carries no camera, time or location data.
                  </p>
                )}
              </div>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
