"use client";

import { ArrowLeft, ArrowRight, ExternalLink } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatRelative, formatTimestamp } from "@/components/admin/format-time";
import { formatBytes } from "@/components/media/format-bytes";
import { ModerationBadge } from "@/components/media/media-badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ReviewQueueItem } from "@/lib/moderation/list-review-queue";
import { ModerationHistory } from "./moderation-history";
import { ReviewPreview } from "./review-preview";
import { ScorePanel } from "./score-panel";

/**
 * The photo under review, large: what and whose it is, previous and next, the decision bar passed in
 * as `children`, and the scores and history behind the decision.
 */
export function ReviewPanel({
  current,
  index,
  count,
  now,
  onOpen,
  children,
}: {
  current: ReviewQueueItem;
  index: number;
  count: number;
  now: Date;
  onOpen: (offset: number) => void;
  children: ReactNode;
}) {
  const { media, model } = current;
  return (
    <Card className="overflow-hidden" aria-label={`Reviewing ${media.filename}`}>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-6 py-4">
        <div className="min-w-0">
          <h2 className="flex flex-wrap items-center gap-2.5 text-base font-semibold text-zinc-950">
            <span className="truncate">{media.filename}</span>
            <ModerationBadge status={media.moderationStatus} />
          </h2>
          <p className="mt-1 text-[13px] text-zinc-500">
            <Link
              href={`/admin/models/${model.slug}/library`}
              className="font-medium text-zinc-700 hover:text-zinc-950 hover:underline"
            >
              {model.displayName}
            </Link>
            {media.width && media.height && (
              <>
                {" "}
                · {media.width} × {media.height}
              </>
            )}
            {" · "}
            {formatBytes(media.bytes)}
            {" · uploaded "}
            <time dateTime={media.createdAt} title={formatTimestamp(new Date(media.createdAt))}>
              {formatRelative(new Date(media.createdAt), now)}
            </time>
            {current.uploadedBy && <> by {current.uploadedBy}</>}
          </p>
        </div>
        <div className="flex items-center gap-1">
          <span className="mr-2 text-[13px] text-zinc-500 tabular-nums">
            {index + 1} of {count}
          </span>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onOpen(-1)}
            disabled={index <= 0}
            aria-label="Previous photo"
          >
            <ArrowLeft aria-hidden />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onOpen(1)}
            disabled={index >= count - 1}
            aria-label="Next photo"
          >
            <ArrowRight aria-hidden />
          </Button>
        </div>
      </div>

      <div className="p-4 sm:p-6">
        <ReviewPreview item={media} className="h-[min(58vh,34rem)] min-h-72" />
        {children}
        <div className="mt-6 grid gap-6 border-t border-zinc-100 pt-6 lg:grid-cols-2">
          <section aria-labelledby="scores-heading">
            <h3 id="scores-heading" className="mb-4 text-sm font-semibold text-zinc-900">
              Scores
            </h3>
            <ScorePanel history={current.history} policy={model} />
          </section>
          <section aria-labelledby="history-heading">
            <div className="mb-4 flex items-baseline justify-between gap-3">
              <h3 id="history-heading" className="text-sm font-semibold text-zinc-900">
                History
              </h3>
              <Link
                href={`/admin/models/${model.slug}`}
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
  );
}
