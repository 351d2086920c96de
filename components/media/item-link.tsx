"use client";

import type { ComponentProps } from "react";

/**
 * A link to a photo's details on the same page (`?item=`): a real address (open it in a new tab,
 * share it), but a plain click only updates the address, so the details open at once, without a
 * round trip to the server.
 */
export function ItemLink({ href, onClick, ...props }: ComponentProps<"a"> & { href: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        event.preventDefault();
        // Next.js keeps useSearchParams in step with the native history API.
        window.history.pushState(null, "", href);
      }}
      {...props}
    />
  );
}
