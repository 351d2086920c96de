"use client";

import { useCallback, useRef, useState } from "react";
import { saveLibraryView } from "./workspace-api";
import type { LibraryView } from "./workspace-types";

/**
 * The view this person prefers (grid or list, visible columns, order), starting from what the
 * server read; each change is saved at once, one request after the other so the last one wins.
 */
export function useLibraryView(initial: LibraryView) {
  const [view, setView] = useState(initial);
  const latest = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const update = useCallback((change: Partial<LibraryView>) => {
    const next = { ...latest.current, ...change, columns: { ...latest.current.columns, ...change.columns } };
    latest.current = next;
    setView(next);
    queue.current = queue.current
      .then(() => saveLibraryView(next))
      // Not worth a toast: the library works the same, only the next visit starts from the default.
      .catch((error: unknown) => console.warn("Could not save library.view", error));
  }, []);

  return [view, update] as const;
}
