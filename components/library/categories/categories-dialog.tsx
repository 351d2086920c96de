"use client";

import { LoaderCircle, Pencil, Plus, Tags, Trash2 } from "lucide-react";
import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { countPhotos } from "@/components/media/format-bytes";
import { createCategory, deleteCategory, fetchCategories, updateCategory } from "../library-api";
import type { CategoryJson } from "../library-types";
import { CategoryDot } from "./category-chip";
import { DEFAULT_CATEGORY_COLOR, HEX_COLOR } from "./category-colors";
import { ColorPicker } from "./color-picker";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : "Please try again.");

/** Checks a name and colour before they go to the server; the server has the last word (409 on a taken name). */
function validate(name: string, color: string): { name?: string; color?: string } {
  const errors: { name?: string; color?: string } = {};
  if (!name.trim()) errors.name = "Give the category a name.";
  if (!HEX_COLOR.test(color)) errors.color = "Use a colour like #2563eb.";
  return errors;
}

/** The name and colour form, for a new category and for an existing one. */
function CategoryForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: { name: string; color: string };
  submitLabel: string;
  onSubmit: (input: { name: string; color: string }) => Promise<void>;
  onCancel?: () => void;
}) {
  const nameId = useId();
  const [name, setName] = useState(initial.name);
  const [color, setColor] = useState(initial.color);
  const [errors, setErrors] = useState<{ name?: string; color?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(name, color);
    setErrors(found);
    if (found.name || found.color) return;
    setPending(true);
    try {
      await onSubmit({ name: name.trim(), color: color.toLowerCase() });
      if (!onCancel) {
        setName("");
        setColor(DEFAULT_CATEGORY_COLOR);
      }
    } catch (error) {
      // A taken name is the name's problem; anything else belongs to the form.
      const status = (error as { status?: number }).status;
      setErrors(status === 409 || status === 422 ? { name: messageOf(error) } : { form: messageOf(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="space-y-1.5">
        <Label htmlFor={nameId}>Name</Label>
        <Input
          id={nameId}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={80}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${nameId}-error` : undefined}
        />
        {errors.name && (
          <p id={`${nameId}-error`} className="text-[13px] font-medium text-red-600">
            {errors.name}
          </p>
        )}
      </div>
      <ColorPicker label="Colour" value={color} onChange={setColor} error={errors.color} />
      {errors.form && <Alert>{errors.form}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * A model's categories: each with its colour and how many photos it holds; writers create, rename,
 * recolour and delete them (the photos stay, only the label goes).
 */
export function CategoriesDialog({
  slug,
  open,
  onOpenChange,
  canEdit,
  onCategoriesChange,
}: {
  slug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  canEdit: boolean;
  /** Called with the whole list after each change, so pickers elsewhere stay current. */
  onCategoriesChange?: (categories: CategoryJson[]) => void;
}) {
  const [categories, setCategories] = useState<CategoryJson[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    fetchCategories(slug, controller.signal).then(
      (list) => {
        setCategories(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoadError(messageOf(error));
      },
    );
    return () => controller.abort();
  }, [slug, open]);

  const replace = useCallback(
    (next: CategoryJson[]) => {
      const sorted = [...next].sort((a, b) => a.name.localeCompare(b.name));
      setCategories(sorted);
      onCategoriesChange?.(sorted);
    },
    [onCategoriesChange],
  );

  async function remove(category: CategoryJson) {
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteCategory(slug, category.id);
      replace((categories ?? []).filter((c) => c.id !== category.id));
      setConfirming(null);
      toast.success(`Category “${category.name}” deleted`, {
        description: "Its photos stay in the library.",
      });
    } catch (error) {
      setDeleteError(messageOf(error));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={() => onOpenChange(false)}
      title="Categories"
      description={
        canEdit
          ? "Group photos by what they show. Deleting a category keeps its photos."
          : "How this model's photos are grouped. You have read-only access."
      }
      className="max-w-xl!"
    >
      <div className="space-y-6">
        {canEdit && (
          <section aria-label="New category" className="rounded-xl bg-zinc-50 p-4 ring-1 ring-zinc-200">
            <h3 className="mb-3 flex items-center gap-1.5 text-sm font-semibold text-zinc-900">
              <Plus className="size-4" aria-hidden /> New category
            </h3>
            <CategoryForm
              initial={{ name: "", color: DEFAULT_CATEGORY_COLOR }}
              submitLabel="Create category"
              onSubmit={async (input) => {
                const created = await createCategory(slug, input);
                replace([...(categories ?? []), { ...created, count: created.count ?? 0 }]);
                toast.success(`Category “${created.name}” created`);
              }}
            />
          </section>
        )}

        {loadError && <Alert>The categories could not be loaded. {loadError}</Alert>}
        {!categories && !loadError && (
          <div className="flex justify-center py-8 text-zinc-500">
            <LoaderCircle className="size-5 motion-safe:animate-spin" aria-hidden />
            <span className="sr-only">Loading the categories</span>
          </div>
        )}
        {categories && categories.length === 0 && (
          <div className="flex flex-col items-center py-6 text-center text-sm text-zinc-500">
            <Tags className="mb-2 size-6 text-zinc-400" aria-hidden />
            No categories yet.
          </div>
        )}
        {categories && categories.length > 0 && (
          <ul aria-label="Categories" className="divide-y divide-zinc-100">
            {categories.map((category) => (
              <li key={category.id} aria-label={category.name} className="py-3">
                {editing === category.id ? (
                  <CategoryForm
                    initial={{ name: category.name, color: category.color }}
                    submitLabel="Save"
                    onCancel={() => setEditing(null)}
                    onSubmit={async (input) => {
                      const updated = await updateCategory(slug, category.id, input);
                      replace(
                        categories.map((c) =>
                          c.id === category.id ? { ...c, ...updated, count: updated.count ?? c.count } : c,
                        ),
                      );
                      setEditing(null);
                    }}
                  />
                ) : (
                  <div className="flex items-center gap-3">
                    <CategoryDot color={category.color} className="size-3" />
                    <span className="min-w-0 flex-1 truncate text-sm font-medium text-zinc-900">
                      {category.name}
                    </span>
                    <span className="text-xs text-zinc-500 tabular-nums">{countPhotos(category.count)}</span>
                    {canEdit && (
                      <span className="flex gap-1">
                        <Button
                          variant="ghost"
                          size="sm"
                          className="px-2"
                          aria-label={`Edit ${category.name}`}
                          onClick={() => {
                            setEditing(category.id);
                            setConfirming(null);
                          }}
                        >
                          <Pencil aria-hidden />
                        </Button>
                        <Button
                          variant="ghost"
                          size="sm"
                          className="px-2 text-red-700 hover:bg-red-50 hover:text-red-800"
                          aria-label={`Delete ${category.name}`}
                          onClick={() => {
                            setConfirming(category.id);
                            setDeleteError(null);
                          }}
                        >
                          <Trash2 aria-hidden />
                        </Button>
                      </span>
                    )}
                  </div>
                )}
                {confirming === category.id && (
                  <div
                    role="group"
                    aria-label={`Delete ${category.name}?`}
                    className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200 ring-inset"
                  >
                    <p>
                      Delete “{category.name}”? {countPhotos(category.count)} lose this label; the photos stay
                      in the library.
                    </p>
                    {deleteError && <p className="mt-1 font-medium text-red-700">{deleteError}</p>}
                    <div className="mt-2 flex gap-2">
                      <Button
                        variant="danger"
                        size="sm"
                        pending={deleting}
                        onClick={() => void remove(category)}
                      >
                        Delete category
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => setConfirming(null)}>
                        Keep it
                      </Button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
