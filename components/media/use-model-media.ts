"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, fetchMedia, fetchMediaPage } from "./media-api";
import type { MediaJson, MediaPage } from "./media-types";

const POLL_MS = 2000;
/** Polls after the last item left PROCESSING: moderation usually decides right after. */
const GRACE_POLLS = 3;
/** Polls after that while a processed photo still waits for its automatic check (about a minute). */
const CHECK_POLLS = 30;
const POLL_LIMIT = 60;
/** Items fetched one by one per poll at most, when they fell out of both lists. */
const MAX_SINGLE_FETCHES = 12;

const isProcessing = (item: MediaJson) => item.status === "PROCESSING";
const isBeingChecked = (item: MediaJson) => item.status === "READY" && item.moderationStatus === "PENDING";

function newestFirst(a: MediaJson, b: MediaJson): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** `items` with `fresh` merged in by id (fresh wins), newest first. */
function merge(items: readonly MediaJson[], fresh: readonly MediaJson[]): MediaJson[] {
  if (fresh.length === 0) return items as MediaJson[];
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of fresh) byId.set(item.id, item);
  return [...byId.values()].sort(newestFirst);
}

export interface ModelMedia {
  items: MediaJson[];
  nextCursor: string | null;
  /** The first page has arrived (immediately when the server rendered it). */
  ready: boolean;
  loadingMore: boolean;
  error: string | null;
  /** Puts items in (an upload's 201), newest first; starts polling while any is processing. */
  upsert: (items: MediaJson[]) => void;
  loadMore: () => Promise<void>;
}

/**
 * The model's media as the grid shows it: the first page (server-rendered or fetched), more pages
 * on demand, new uploads inserted at once, and a poll every 2 s while anything is still processing
 * (and after, while the automatic check has not decided), paused while the tab is hidden.
 */
export function useModelMedia(slug: string, initial: MediaPage | null): ModelMedia {
  const [items, setItems] = useState<MediaJson[]>(() => initial?.items ?? []);
  const [nextCursor, setNextCursor] = useState<string | null>(initial?.nextCursor ?? null);
  const [ready, setReady] = useState(initial !== null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [polling, setPolling] = useState(() => initial?.items.some(isProcessing) ?? false);
  const itemsRef = useRef(items);

  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  const upsert = useCallback((fresh: MediaJson[]) => {
    setItems((current) => merge(current, fresh));
    if (fresh.some(isProcessing)) setPolling(true);
  }, []);

  useEffect(() => {
    if (initial) return;
    const controller = new AbortController();
    fetchMediaPage(slug, {}, controller.signal).then(
      (page) => {
        setItems((current) => merge(current, page.items));
        setNextCursor(page.nextCursor);
        setReady(true);
        if (page.items.some(isProcessing)) setPolling(true);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err instanceof Error ? err.message : "The photos could not be loaded.");
        setReady(true);
      },
    );
    return () => controller.abort();
  }, [slug, initial]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchMediaPage(slug, { cursor: nextCursor });
      setItems((current) => merge(current, page.items));
      setNextCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : "More photos could not be loaded.");
    } finally {
      setLoadingMore(false);
    }
  }, [slug, nextCursor]);

  useEffect(() => {
    if (!polling) return;
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let quietPolls = 0;

    async function poll() {
      const known = itemsRef.current;
      const first = await fetchMediaPage(slug, { limit: POLL_LIMIT }, signal);
      const fresh = [...first.items];
      const seen = new Set(fresh.map((item) => item.id));
      const missing = known.filter((item) => isProcessing(item) && !seen.has(item.id));
      if (missing.length > 0) {
        // Older items still processing, beyond the first page.
        const processing = await fetchMediaPage(slug, { status: "PROCESSING", limit: 100 }, signal);
        for (const item of processing.items) {
          fresh.push(item);
          seen.add(item.id);
        }
        if (!processing.nextCursor) {
          const done = missing.filter((item) => !seen.has(item.id)).slice(0, MAX_SINGLE_FETCHES);
          const results = await Promise.allSettled(done.map((item) => fetchMedia(slug, item.id, signal)));
          for (const result of results) if (result.status === "fulfilled") fresh.push(result.value);
        }
      }
      if (signal.aborted) return;
      setItems((current) => merge(current, fresh));
      itemsRef.current = merge(itemsRef.current, fresh);
    }

    async function tick() {
      if (!document.hidden) {
        try {
          await poll();
        } catch (err) {
          if (signal.aborted) return;
          // A lapsed session or a lost model will not come back by polling.
          if (err instanceof ApiError && [401, 403, 404].includes(err.status)) {
            setError(err.message);
            setPolling(false);
            return;
          }
        }
      }
      if (signal.aborted) return;
      quietPolls = itemsRef.current.some(isProcessing) ? 0 : quietPolls + 1;
      if (quietPolls > (itemsRef.current.some(isBeingChecked) ? CHECK_POLLS : GRACE_POLLS)) {
        setPolling(false);
        return;
      }
      timer = setTimeout(tick, POLL_MS);
    }

    timer = setTimeout(tick, POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [polling, slug]);

  return { items, nextCursor, ready, loadingMore, error, upsert, loadMore };
}
