"use client";

import { LoaderCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { BulkRun } from "./use-bulk-job";

/** The running bulk job: what it does, a progress bar, how far it got and a cancel button. */
export function BulkProgress({ run, onCancel }: { run: BulkRun; onCancel: () => void }) {
  const done = run.jobs.reduce((sum, job) => sum + job.done + job.failed, 0);
  const total = run.jobs.reduce((sum, job) => sum + job.total, 0);
  const percent = total ? Math.round((done / total) * 100) : run.finished ? 100 : 0;
  return (
    <div className="fixed inset-x-3 bottom-3 z-40 lg:left-[calc(16rem+0.75rem)]">
      <div
        role="status"
        className="mx-auto flex max-w-xl items-center gap-4 rounded-2xl bg-white px-4 py-3 shadow-2xl ring-1 ring-zinc-950/10"
      >
        {!run.finished && (
          <LoaderCircle className="size-5 shrink-0 text-zinc-500 motion-safe:animate-spin" aria-hidden />
        )}
        <div className="min-w-0 flex-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="truncate font-medium text-zinc-900">{run.label}</span>
            <span className="shrink-0 text-zinc-500 tabular-nums">
              {total ? `${done.toLocaleString("en")} / ${total.toLocaleString("en")}` : "Starting…"}
            </span>
          </div>
          <div
            role="progressbar"
            aria-label={run.label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="mt-2 h-1.5 overflow-hidden rounded-full bg-zinc-100"
          >
            <div
              className="bg-brand-600 h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none"
              style={{ width: `${percent}%` }}
            />
          </div>
        </div>
        {!run.finished && (
          <Button variant="secondary" size="sm" onClick={onCancel} pending={run.cancelling}>
            Cancel
          </Button>
        )}
      </div>
    </div>
  );
}
