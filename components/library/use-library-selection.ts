"use client";

import { useCallback, useState } from "react";
import type { LibraryItem } from "./workspace-types";

interface Selection {
  /** The query the selection was made in: another query starts with nothing selected. */
  key: string;
  ids: ReadonlySet<string>;
  /** Every photo matching the query, loaded or not (bulk actions then send the filter). */
  allMatching: boolean;
  /** Where the last click landed, for shift-click ranges. */
  anchor: number | null;
}

const none = (key: string): Selection => ({ key, ids: new Set(), allMatching: false, anchor: null });

/** Which photos are selected: by id (clicks, ranges, all loaded) or "all N matching" by filter. */
export function useLibrarySelection(key: string, items: readonly LibraryItem[], total: number) {
  const [stored, setSelection] = useState<Selection>(() => none(key));
  const selection = stored.key === key ? stored : none(key);

  const toggle = useCallback(
    (index: number, range: boolean) => {
      setSelection((raw) => {
        const current = raw.key === key ? raw : none(key);
        const ids = new Set(current.allMatching ? items.map((item) => item.id) : current.ids);
        const id = items[index]?.id;
        if (!id) return current;
        const select = !ids.has(id);
        const from = range && current.anchor !== null ? Math.min(current.anchor, index) : index;
        const to = range && current.anchor !== null ? Math.max(current.anchor, index) : index;
        for (let i = from; i <= to; i++) {
          const itemId = items[i]?.id;
          if (!itemId) continue;
          if (select) ids.add(itemId);
          else ids.delete(itemId);
        }
        return { key, ids, allMatching: false, anchor: index };
      });
    },
    [items, key],
  );

  const selectLoaded = useCallback(
    () => setSelection({ key, ids: new Set(items.map((item) => item.id)), allMatching: false, anchor: null }),
    [items, key],
  );
  const selectAllMatching = useCallback(
    () => setSelection({ key, ids: new Set(), allMatching: true, anchor: null }),
    [key],
  );
  const clear = useCallback(() => setSelection(none(key)), [key]);

  const isSelected = useCallback((id: string) => selection.allMatching || selection.ids.has(id), [selection]);

  return {
    ids: selection.ids,
    allMatching: selection.allMatching,
    count: selection.allMatching ? total : selection.ids.size,
    isSelected,
    toggle,
    selectLoaded,
    selectAllMatching,
    clear,
  };
}

export type LibrarySelection = ReturnType<typeof useLibrarySelection>;
