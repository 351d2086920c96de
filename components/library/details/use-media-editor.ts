"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { patchMedia } from "../library-api";
import type { MediaJson } from "@/components/media/media-types";
import type { CategoryRef, MediaPatch } from "../library-types";

export type TextField = "title" | "altText" | "caption";
export const TEXT_FIELDS: TextField[] = ["title", "altText", "caption"];

export type SaveState =
  { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

type Texts = Record<TextField, string>;

const textsOf = (item: MediaJson): Texts => ({
  title: item.title,
  altText: item.altText,
  caption: item.caption,
});

/**
 * The editable fields of one photo, saved the way a pro tool saves: text when the field is left (or
 * on Cmd/Ctrl+Enter), tags and categories as soon as they change; one request at a time, in order.
 * Whatever is still unsaved when the panel closes is sent then.
 */
export function useMediaEditor(slug: string, item: MediaJson, onSaved: (item: MediaJson) => void) {
  const [saved, setSaved] = useState<Texts>(() => textsOf(item));
  const [draft, setDraft] = useState<Texts>(() => textsOf(item));
  const [tags, setTags] = useState<string[]>(() => item.tags);
  const [categories, setCategories] = useState<CategoryRef[]>(() => item.categories);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const latest = useRef({ saved, draft, onSaved });
  useEffect(() => {
    latest.current = { saved, draft, onSaved };
  });

  const send = useCallback(
    (patch: MediaPatch, revert?: () => void) => {
      pending.current += 1;
      setState({ kind: "saving" });
      const run = queue.current.then(async () => {
        try {
          const fresh = await patchMedia(slug, item.id, patch);
          setSaved((current) => {
            const next = { ...current };
            for (const field of TEXT_FIELDS) if (field in patch) next[field] = fresh[field];
            return next;
          });
          if (patch.tags) setTags(fresh.tags);
          latest.current.onSaved(fresh);
          pending.current -= 1;
          if (pending.current === 0) setState({ kind: "saved" });
        } catch (error) {
          pending.current -= 1;
          revert?.();
          setState({ kind: "error", message: error instanceof Error ? error.message : "Please try again." });
        }
      });
      queue.current = run;
      return run;
    },
    [slug, item.id],
  );

  /** Saves the text fields that differ from what the server holds. */
  const saveTexts = useCallback(() => {
    const { saved: current, draft: wanted } = latest.current;
    const patch: MediaPatch = {};
    // The server trims, so trailing spaces alone are no change.
    for (const field of TEXT_FIELDS)
      if (wanted[field].trim() !== current[field]) patch[field] = wanted[field].trim();
    if (Object.keys(patch).length) void send(patch);
  }, [send]);

  // Closing the panel (or opening another photo) keeps what was typed.
  useEffect(() => () => saveTexts(), [saveTexts]);

  const changeTags = useCallback(
    (next: string[]) => {
      const before = tags;
      setTags(next);
      void send({ tags: next }, () => setTags(before));
    },
    [send, tags],
  );

  const changeCategories = useCallback(
    (next: CategoryRef[]) => {
      const before = categories;
      setCategories(next);
      void send({ categoryIds: next.map((c) => c.id) }, () => setCategories(before));
    },
    [send, categories],
  );

  const dirty = TEXT_FIELDS.some((field) => draft[field].trim() !== saved[field]);
  return {
    draft,
    setField: (field: TextField, value: string) => setDraft((d) => ({ ...d, [field]: value })),
    saveTexts,
    tags,
    changeTags,
    categories,
    changeCategories,
    dirty,
    state,
  };
}
