import { CircleCheck, LoaderCircle } from "lucide-react";
import { countPhotos } from "./format-bytes";
import type { WatermarkStatus } from "./watermark-api";

/** How far the background re-derive has come: a bar while it runs, a check mark when done. */
export function WatermarkReprocessingStatus({ progress }: { progress: WatermarkStatus["reprocessing"] }) {
  const { done, total, active } = progress;
  const share = total > 0 ? Math.round((done / total) * 100) : 100;
  return (
    <div className="space-y-2.5" data-testid="watermark-progress">
      {total === 0 ? (
        <p className="text-sm text-zinc-600">
          No processed photos yet. New uploads get the watermark as they are processed.
        </p>
      ) : active ? (
        <>
          <p className="flex items-center gap-2 text-sm font-medium text-zinc-800">
            <LoaderCircle className="size-4 text-sky-600 motion-safe:animate-spin" aria-hidden />
            Applying the watermark to existing photos
          </p>
          <div
            role="progressbar"
            aria-label="Photos carrying the current watermark"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
            aria-valuetext={`${done} of ${total} photos`}
            className="h-2 overflow-hidden rounded-full bg-zinc-100"
          >
            <div
              className="h-full rounded-full bg-sky-500 motion-safe:transition-[width] motion-safe:duration-500"
              style={{ width: `${share}%` }}
            />
          </div>
          <p className="text-xs text-zinc-500 tabular-nums">
            {done} of {countPhotos(total)} updated. This runs in the background; you can leave the page.
          </p>
        </>
      ) : (
        <p className="flex items-center gap-2 text-sm text-emerald-700">
          <CircleCheck className="size-4" aria-hidden />
          {total === 1 ? "The photo carries" : `All ${countPhotos(total)} carry`} the current watermark.
        </p>
      )}
    </div>
  );
}
