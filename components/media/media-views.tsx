"use client";

import { useEffect, useId, useState } from "react";
import { fetchMediaViews } from "./media-api";
import type { MediaViewsJson } from "./media-types";

const number = new Intl.NumberFormat("en");

type Loaded = { key: string; views: MediaViewsJson | null; error: string | null };

/**
 * How often the public opened the photo in a gallery, for staff. It loads on its own, so the rest of
 * the details never waits for the counts, and a failure here only costs this block.
 */
export function MediaViews({ slug, mediaId }: { slug: string; mediaId: string }) {
  const headingId = useId();
  const key = `${slug}/${mediaId}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchMediaViews(slug, mediaId, controller.signal).then(
      (views) => setLoaded({ key, views, error: null }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const message = err instanceof Error ? err.message : "Please try again.";
        setLoaded({ key, views: null, error: message });
      },
    );
    return () => controller.abort();
  }, [slug, mediaId, key]);
  // While this photo's counts load, the previous photo's must not show under its name.
  const current = loaded?.key === key ? loaded : null;
  const views = current?.views ?? null;

  return (
    <section aria-labelledby={headingId} aria-busy={!current}>
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
        Views <span className="font-normal normal-case">(public galleries, UTC days)</span>
      </h3>
      {current?.error ? (
        <p className="mt-2 text-sm text-zinc-500">The views could not be loaded. {current.error}</p>
      ) : !views ? (
        <div className="mt-2 h-14 rounded-lg bg-zinc-100 motion-safe:animate-pulse">
          <span className="sr-only">Loading the views</span>
        </div>
      ) : views.total === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">
          No views yet. A view counts when a visitor opens the photo in a public gallery; bots are not
          counted.
        </p>
      ) : (
        <dl aria-labelledby={headingId} className="mt-2 grid grid-cols-4 gap-2 text-center">
          {(
            [
              ["Today", views.today],
              ["7 days", views.last7],
              ["30 days", views.last30],
              ["All time", views.total],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-lg bg-zinc-50 px-1 py-2">
              <dt className="text-xs text-zinc-500">{label}</dt>
              <dd className="text-base font-semibold text-zinc-900 tabular-nums">{number.format(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
