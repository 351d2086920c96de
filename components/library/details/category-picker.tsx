"use client";

import { ChevronDown, Settings2 } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { CategoriesDialog } from "../categories/categories-dialog";
import { CategoryChip, CategoryDot } from "../categories/category-chip";
import { fetchCategories } from "../library-api";
import type { CategoryJson, CategoryRef } from "../library-types";

/**
 * The photo's categories as chips, and a checklist of the model's categories (with their colours)
 * to add or remove them; "Manage categories" opens the manager on top.
 */
export function CategoryPicker({
  slug,
  labelId,
  value,
  onChange,
  canEdit,
}: {
  slug: string;
  labelId: string;
  value: CategoryRef[];
  onChange: (categories: CategoryRef[]) => void;
  canEdit: boolean;
}) {
  const listId = useId();
  const [all, setAll] = useState<CategoryJson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [managing, setManaging] = useState(false);

  useEffect(() => {
    if (!canEdit) return;
    const controller = new AbortController();
    fetchCategories(slug, controller.signal).then(setAll, (err: unknown) => {
      if (!controller.signal.aborted) setError(err instanceof Error ? err.message : "Please try again.");
    });
    return () => controller.abort();
  }, [slug, canEdit]);

  const selected = new Set(value.map((c) => c.id));
  const toggle = (category: CategoryRef) => {
    // The checklist's counts follow at once; the server's come with the next load.
    const delta = selected.has(category.id) ? -1 : 1;
    setAll((list) => list?.map((c) => (c.id === category.id ? { ...c, count: c.count + delta } : c)) ?? null);
    onChange(
      selected.has(category.id)
        ? value.filter((c) => c.id !== category.id)
        : [...value, { id: category.id, slug: category.slug, name: category.name, color: category.color }],
    );
  };

  return (
    <div className="space-y-2">
      {value.length > 0 ? (
        <ul aria-labelledby={labelId} className="flex flex-wrap gap-1.5">
          {value.map((category) => (
            <li key={category.id} className="max-w-full">
              <CategoryChip category={category} onRemove={canEdit ? () => toggle(category) : undefined} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-500">In no category.</p>
      )}
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            Choose categories
            <ChevronDown aria-hidden className={open ? "rotate-180" : undefined} />
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setManaging(true)}>
            <Settings2 aria-hidden /> Manage categories
          </Button>
        </div>
      )}
      {canEdit && open && (
        <div id={listId} className="rounded-lg bg-white p-1 ring-1 ring-zinc-200">
          {error && <p className="p-2 text-sm text-red-700">The categories could not be loaded. {error}</p>}
          {all && all.length === 0 && (
            <p className="p-2 text-sm text-zinc-500">
              This model has no categories yet. Create them with “Manage categories”.
            </p>
          )}
          {all && all.length > 0 && (
            <fieldset>
              <legend className="sr-only">Categories of this photo</legend>
              <ul className="max-h-56 overflow-auto">
                {all.map((category) => (
                  <li key={category.id}>
                    <label className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm text-zinc-800 hover:bg-zinc-50">
                      <input
                        type="checkbox"
                        checked={selected.has(category.id)}
                        onChange={() => toggle(category)}
                        className="accent-brand-600 size-4 rounded"
                      />
                      <CategoryDot color={category.color} />
                      <span className="min-w-0 flex-1 truncate">{category.name}</span>
                      <span className="text-xs text-zinc-500 tabular-nums">{category.count}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
        </div>
      )}
      {canEdit && (
        <CategoriesDialog
          slug={slug}
          open={managing}
          onOpenChange={setManaging}
          canEdit={canEdit}
          onCategoriesChange={(next) => {
            setAll(next);
            setOpen(true);
            // A renamed, recoloured or deleted category changes on the photo's chips too.
            const byId = new Map(next.map((c) => [c.id, c]));
            const kept = value.flatMap((c) => {
              const fresh = byId.get(c.id);
              return fresh ? [{ id: fresh.id, slug: fresh.slug, name: fresh.name, color: fresh.color }] : [];
            });
            const changed =
              kept.length !== value.length ||
              kept.some((c, i) => c.name !== value[i]!.name || c.color !== value[i]!.color);
            if (changed) onChange(kept);
          }}
        />
      )}
    </div>
  );
}
