"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { createUploadQueue, isActive, type QueueHandlers, type QueueOptions } from "./upload-queue";

const NO_ENTRIES = [] as const;
const LEAVE_WARNING = "Uploads are still running. Leave this page and stop them?";

/**
 * The upload queue for one page, with a guard while files are still going up: the browser's own
 * "leave site?" prompt on reload or close, and a confirmation on links inside the app (which the
 * browser does not ask about).
 */
export function useUploadQueue(options: QueueOptions, handlers: QueueHandlers) {
  const [queue] = useState(() => createUploadQueue(options));
  const entries = useSyncExternalStore(queue.subscribe, queue.getSnapshot, () => NO_ENTRIES);
  const busy = entries.some(isActive);

  useEffect(() => {
    queue.setHandlers(handlers);
  }, [queue, handlers]);

  useEffect(() => {
    if (!busy) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium versions still need returnValue set to show the prompt.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download"))
        return;
      const to = new URL(link.href, location.href);
      // Another site opens as usual (beforeunload covers it); the same page with other search
      // params or a hash (an item's details) does not leave the uploads.
      if (to.origin !== location.origin || to.pathname === location.pathname) return;
      if (!window.confirm(LEAVE_WARNING)) {
        event.preventDefault();
        // Captured on the document, before React's own listener on the root can start navigation.
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [busy]);

  return { queue, entries, busy };
}
