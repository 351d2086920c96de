"use client";

import { X } from "lucide-react";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { fetchTags } from "../library-api";

/** Tags are stored lowercase, trimmed, with single spaces, at most 64 characters. */
export function normalizeTag(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, " ").slice(0, 64);
}

/**
 * Free-form tags as chips, with the model's existing tags suggested while typing (a combobox):
 * Enter or a comma adds, Backspace in the empty field removes the last, arrows move in the list.
 */
export function TagInput({
  slug,
  id,
  tags,
  onChange,
  describedBy,
}: {
  slug: string;
  id: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  describedBy?: string;
}) {
  const listId = useId();
  const [text, setText] = useState("");
  const [suggestions, setSuggestions] = useState<{ tag: string; count: number }[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = normalizeTag(text);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    // A short pause so typing a word costs one request, not one per letter.
    const timer = setTimeout(() => {
      fetchTags(slug, query, controller.signal).then(
        (found) => {
          setSuggestions(found);
          setActive(-1);
        },
        () => {
          // Suggestions are a help: without them, free-form tags still work.
          if (!controller.signal.aborted) setSuggestions([]);
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, query, open]);

  const shown = suggestions.filter((s) => !tags.includes(s.tag)).slice(0, 8);
  const expanded = open && shown.length > 0;

  function add(value: string) {
    const tag = normalizeTag(value);
    setText("");
    setActive(-1);
    if (!tag || tags.includes(tag)) return;
    onChange([...tags, tag].sort());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && shown.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % shown.length);
    } else if (event.key === "ArrowUp" && shown.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? shown.length - 1 : i - 1));
    } else if ((event.key === "Enter" && !event.metaKey && !event.ctrlKey) || event.key === ",") {
      const chosen = expanded && active >= 0 ? shown[active]?.tag : undefined;
      if (chosen || query) {
        event.preventDefault();
        add(chosen ?? query);
      }
    } else if (event.key === "Escape" && expanded) {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === "Backspace" && !text && tags.length) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="relative">
      <div className="focus-within:ring-brand-500 flex min-h-10 flex-wrap items-center gap-1.5 rounded-lg bg-white px-2 py-1.5 shadow-xs ring-1 ring-zinc-300 ring-inset focus-within:ring-2">
        {tags.map((tag) => (
          <span
            key={tag}
            className="inline-flex items-center gap-0.5 rounded-md bg-zinc-100 py-0.5 pr-0.5 pl-2 text-xs font-medium text-zinc-800"
          >
            {tag}
            <button
              type="button"
              onClick={() => onChange(tags.filter((t) => t !== tag))}
              aria-label={`Remove the tag ${tag}`}
              className="focus-visible:outline-brand-500 rounded p-0.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-800 focus-visible:outline-2"
            >
              <X className="size-3" aria-hidden />
            </button>
          </span>
        ))}
        <input
          id={id}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (query) add(query);
          }}
          onKeyDown={onKeyDown}
          placeholder={tags.length ? "" : "Add a tag…"}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          className="h-7 min-w-24 flex-1 border-0 bg-transparent p-0 text-sm text-zinc-900 placeholder:text-zinc-500 focus:ring-0 focus:outline-none"
        />
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested tags"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-60 overflow-auto rounded-lg bg-white py-1 shadow-lg ring-1 ring-zinc-950/10"
      >
        {shown.map((suggestion, index) => (
          <li
            key={suggestion.tag}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Keeps the focus in the field, so the click does not count as leaving it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => add(suggestion.tag)}
            className={cn(
              "flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 text-sm text-zinc-800",
              index === active ? "bg-zinc-100" : "hover:bg-zinc-50",
            )}
          >
            <span className="truncate">{suggestion.tag}</span>
            <span className="text-xs text-zinc-500 tabular-nums">{suggestion.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
