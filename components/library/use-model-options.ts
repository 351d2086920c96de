"use client";

import { useEffect, useState } from "react";
import { fetchModelOptions, fetchTags, type ModelOptions } from "./workspace-api";

/**
 * The choices that belong to one model (categories, sections, uploaders, its tags), for the filters and
 * the bulk actions; null without a model (across models, until one is chosen).
 */
export function useModelOptions(slug: string | null): (ModelOptions & { tags: string[] }) | null {
  const [loaded, setLoaded] = useState<{ slug: string; options: ModelOptions & { tags: string[] } } | null>(
    null,
  );
  useEffect(() => {
    if (!slug) return;
    const controller = new AbortController();
    Promise.all([
      fetchModelOptions(slug, controller.signal),
      fetchTags(slug, "", controller.signal).catch(() => []),
    ]).then(
      ([options, tags]) => setLoaded({ slug, options: { ...options, tags } }),
      (error: unknown) => {
        if (!controller.signal.aborted) console.warn("Library filters of", slug, error);
      },
    );
    return () => controller.abort();
  }, [slug]);
  return slug && loaded?.slug === slug ? loaded.options : null;
}
