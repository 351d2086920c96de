"use client";

import { useEffect, useRef, useState } from "react";

export type Fetched<T> = { data: T; error: null } | { data: null; error: string };

/**
 * What `load` answers for `key`, null while it loads; a new key aborts the previous request and
 * never shows the previous key's answer under the new one.
 */
export function useFetched<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Fetched<T> | null {
  const [state, setState] = useState<{ key: string; result: Fetched<T> } | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => setState({ key, result: { data, error: null } }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = err instanceof Error ? err.message : "Please try again.";
        setState({ key, result: { data: null, error } });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state?.key === key ? state.result : null;
}
