"use client";

import { useId } from "react";
import { ModerationHistory } from "@/components/moderation/moderation-history";
import { fetchModerationHistory } from "../library-api";
import { useFetched } from "../use-fetched";

/** The photo's moderation checks and decisions, loaded on their own so the panel never waits for them. */
export function MediaModerationHistory({
  slug,
  mediaId,
  status,
}: {
  slug: string;
  mediaId: string;
  /** A new status (a decision made meanwhile) loads the history again. */
  status: string;
}) {
  const headingId = useId();
  const history = useFetched(`${slug}/${mediaId}/${status}`, async (signal) => ({
    checks: await fetchModerationHistory(slug, mediaId, signal),
    at: new Date(),
  }));

  return (
    <section aria-labelledby={headingId} aria-busy={!history}>
      <h3 id={headingId} className="mb-3 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
        Moderation history
      </h3>
      {!history ? (
        <div className="h-12 rounded-lg bg-zinc-100 motion-safe:animate-pulse">
          <span className="sr-only">Loading the moderation history</span>
        </div>
      ) : history.error !== null ? (
        <p className="text-sm text-zinc-500">The history could not be loaded. {history.error}</p>
      ) : (
        <ModerationHistory history={history.data.checks} now={history.data.at} />
      )}
    </section>
  );
}
