"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { fetchLibraryPage } from "./workspace-api";
import type { LibraryItem, LibraryPage } from "./workspace-types";

interface PagesState {
  /** The API query the items belong to (`sort=…&q=…`, without the cursor). */
  key: string;
  items: LibraryItem[];
  nextCursor: string | null;
  total: number;
  status: "loading" | "ready" | "error";
  error: string | null;
  loadingMore: boolean;
}

/** A first page rendered on the server, with the query it answers. */
export interface InitialPage extends LibraryPage {
  key: string;
}

const messageOf = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback);

/**
 * The photos matching one API query, a page at a time (keyset cursor), replaced as a whole when the
 * query changes; a stale answer never overwrites a newer query's.
 */
export function useLibraryPages(baseUrl: string, key: string, initial: InitialPage | null) {
  const [state, setState] = useState<PagesState>(() =>
    initial && initial.key === key
      ? { ...initial, status: "ready", error: null, loadingMore: false }
      : { key, items: [], nextCursor: null, total: 0, status: "loading", error: null, loadingMore: false },
  );
  const [reloads, setReloads] = useState(0);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const skipFirst = useRef(initial?.key === key);

  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    const controller = new AbortController();
    setState((current) => ({
      ...current,
      key,
      status: "loading",
      error: null,
      // Keep the previous photos on screen during a reload of the same query (after a bulk action).
      ...(current.key === key ? {} : { items: [], nextCursor: null }),
    }));
    fetchLibraryPage(`${baseUrl}?${key}`, controller.signal).then(
      (page) => setState({ key, ...page, status: "ready", error: null, loadingMore: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({
          ...current,
          status: "error",
          error: messageOf(error, "The photos could not be loaded."),
        }));
      },
    );
    return () => controller.abort();
  }, [baseUrl, key, reloads]);

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    if (!current.nextCursor || current.loadingMore || current.status !== "ready") return;
    const forKey = current.key;
    setState((s) => ({ ...s, loadingMore: true }));
    stateRef.current = { ...current, loadingMore: true };
    try {
      const page = await fetchLibraryPage(
        `${baseUrl}?${forKey}&cursor=${encodeURIComponent(current.nextCursor)}`,
      );
      setState((s) => {
        if (s.key !== forKey) return s;
        const seen = new Set(s.items.map((item) => item.id));
        return {
          ...s,
          items: [...s.items, ...page.items.filter((item) => !seen.has(item.id))],
          nextCursor: page.nextCursor,
          total: page.total,
          loadingMore: false,
          error: null,
        };
      });
    } catch (error) {
      setState((s) =>
        s.key === forKey
          ? { ...s, loadingMore: false, error: messageOf(error, "More photos could not be loaded.") }
          : s,
      );
    }
  }, [baseUrl]);

  /** Fetches the first page again (after a bulk change), keeping the photos shown until it arrives. */
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  /** Replaces loaded photos by id (an edit, a poll) and drops those in `removed` (trashed, restored). */
  const patch = useCallback((fresh: LibraryItem[], removed: readonly string[] = []) => {
    setState((s) => {
      const byId = new Map(fresh.map((item) => [item.id, item]));
      const gone = new Set(removed);
      const items = s.items.filter((item) => !gone.has(item.id)).map((item) => byId.get(item.id) ?? item);
      return { ...s, items, total: Math.max(0, s.total - (s.items.length - items.length)) };
    });
  }, []);

  /** Puts new uploads first. */
  const prepend = useCallback((fresh: LibraryItem[]) => {
    setState((s) => {
      const known = new Set(s.items.map((item) => item.id));
      const added = fresh.filter((item) => !known.has(item.id));
      if (!added.length) return s;
      return { ...s, items: [...added, ...s.items], total: s.total + added.length };
    });
  }, []);

  return { ...state, loadMore, reload, patch, prepend };
}

export type LibraryPages = ReturnType<typeof useLibraryPages>;
