"use client";

import { Search, X } from "lucide-react";
import { useEffect, useState } from "react";
import { controlClasses } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";

const DEBOUNCE_MS = 300;

/**
 * Free-text search, applied 300 ms after the last keystroke. The address can change it too (back and
 * forward): the box follows unless the person is still typing something newer.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [sent, setSent] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value);
      setSent(value);
    }
  }

  useEffect(() => {
    if (text.trim() === sent.trim()) return;
    const timer = setTimeout(() => {
      setSent(text);
      onSearch(text.trim());
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, sent, onSearch]);

  return (
    <div className="relative min-w-0 flex-1 max-sm:basis-full">
      <Search
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
        aria-hidden
      />
      <input
        type="search"
        aria-label="Search photos"
        placeholder="Search file names, titles, alt text, captions, tags…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text) {
            event.stopPropagation();
            setText("");
          }
        }}
        className={cn(controlClasses, "h-9 py-1.5 pr-9 pl-9 [&::-webkit-search-cancel-button]:hidden")}
      />
      {text && (
        <button
          type="button"
          onClick={() => setText("")}
          className="absolute top-1/2 right-2 -translate-y-1/2 rounded p-1 text-zinc-400 hover:text-zinc-700"
          aria-label="Clear the search"
        >
          <X className="size-4" aria-hidden />
        </button>
      )}
    </div>
  );
}
