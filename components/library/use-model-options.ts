"use client";

import { useEffect, useState } from "react";
import { fetchTags } from "./library-api";
import { fetchModelOptions, type ModelOptions } from "./workspace-api";

/**
 * The choices that belong to one model (categories, sections, uploaders, its tags), for the filters and
 * the bulk actions; null without a model (across models, until one is chosen). A new `version` fetches
 * them again (after categories were changed).
 */
export function useModelOptions(
  slug: string | null,
  version = 0,
): (ModelOptions & { tags: string[] }) | null {
  const [loaded, setLoaded] = useState<{ slug: string; options: ModelOptions & { tags: string[] } } | null>(
    null,
  );
  useEffect(() => {
    if (!slug) return;
    const controller = new AbortController();
    Promise.all([
      fetchModelOptions(slug, controller.signal),
      fetchTags(slug, "", controller.signal).then(
        (tags) => tags.map((t) => t.tag),
        () => [],
      ),
    ]).then(
      ([options, tags]) => setLoaded({ slug, options: { ...options, tags } }),
      (error: unknown) => {
        if (!controller.signal.aborted) console.warn("Library filters of", slug, error);
      },
    );
    return () => controller.abort();
  }, [slug, version]);
  return slug && loaded?.slug === slug ? loaded.options : null;
}
