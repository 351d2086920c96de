"use client";

import { useEffect, useRef } from "react";
import { fetchMedia } from "@/components/media/media-api";
import type { LibraryItem } from "./workspace-types";

const POLL_MS = 2500;
/** Photos refreshed per poll at most (the newest first). */
const MAX_PER_POLL = 12;
/** The automatic check decides within about a minute of the upload; after that, a person does. */
const CHECK_WINDOW_MS = 3 * 60_000;

/** Still changing on its own: processing, or processed and waiting for the automatic check. */
const settling = (item: LibraryItem, now: number) =>
  item.status === "PROCESSING" ||
  (item.status === "READY" &&
    item.moderationStatus === "PENDING" &&
    now - Date.parse(item.createdAt) < CHECK_WINDOW_MS);

/**
 * Keeps loaded photos that are still processing (or awaiting their automatic check) current, by
 * fetching them every 2.5 s while the tab is visible.
 */
export function useProcessingPoll(items: readonly LibraryItem[], onFresh: (items: LibraryItem[]) => void) {
  // The clock only decides how long to keep asking; a render a little late changes nothing.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  const waiting = items.filter((item) => settling(item, now)).slice(0, MAX_PER_POLL);
  const ids = waiting.map((item) => `${item.modelSlug}/${item.id}`).join(",");
  const onFreshRef = useRef(onFresh);
  useEffect(() => {
    onFreshRef.current = onFresh;
  }, [onFresh]);

  useEffect(() => {
    if (!ids) return;
    const controller = new AbortController();
    const timer = setInterval(async () => {
      if (document.hidden) return;
      const results = await Promise.allSettled(
        ids.split(",").map((pair) => {
          const [slug, id] = pair.split("/") as [string, string];
          return fetchMedia(slug, id, controller.signal);
        }),
      );
      if (controller.signal.aborted) return;
      const fresh = results.flatMap((r) => (r.status === "fulfilled" ? [r.value as LibraryItem] : []));
      onFreshRef.current(fresh);
    }, POLL_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [ids]);
}
