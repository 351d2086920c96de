"use client";

import { closestCenter, DndContext, type DragEndEvent, type Modifier } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, ChevronRight, GalleryHorizontalEnd, GripVertical, Plus } from "lucide-react";
import Link from "next/link";
import { useOptimistic, useState, useTransition } from "react";
import { toast } from "sonner";
import type { SectionActions } from "./section-actions";
import { PublishedBadge } from "@/components/admin/published-badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { NewSectionDialog } from "./new-section-dialog";
import { PhotoThumb, type ThumbPhoto } from "./photo-thumb";
import { dragInstructions, positionAnnouncements } from "./sortable-announcements";
import { draggedTo, movedBy, useRefocusAfterMove, useSortableSensors } from "./use-sortable-sensors";

export interface SectionRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  published: boolean;
  photoCount: number;
  hiddenCount: number;
  cover: ThumbPhoto | null;
}

// The list only reorders vertically; a sideways wobble while dragging would look broken.
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

type Change = { type: "order"; ids: string[] } | { type: "published"; id: string; published: boolean };

function applyChange(rows: SectionRow[], change: Change): SectionRow[] {
  if (change.type === "published") {
    return rows.map((row) => (row.id === change.id ? { ...row, published: change.published } : row));
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return change.ids.map((id) => byId.get(id)).filter((row): row is SectionRow => Boolean(row));
}

/** A model's gallery sections: create, publish, and order them by dragging or with the move buttons. */
export function SectionsManager({
  modelSlug,
  modelName,
  canWrite,
  sections,
  actions,
}: {
  modelSlug: string;
  modelName: string;
  canWrite: boolean;
  sections: SectionRow[];
  actions: Pick<SectionActions, "updateSection" | "reorderSections" | "createSection">;
}) {
  const [rows, applyOptimistic] = useOptimistic(sections, applyChange);
  const [saving, startTransition] = useTransition();
  const [creating, setCreating] = useState(false);
  const refocusAfter = useRefocusAfterMove(rows, "up", "down");
  const sensors = useSortableSensors();

  const ids = rows.map((row) => row.id);
  const titleOf = (id: string | number) => rows.find((row) => row.id === id)?.title ?? "section";

  function saveOrder(nextIds: string[], movedTitle: string) {
    startTransition(async () => {
      applyOptimistic({ type: "order", ids: nextIds });
      const slugs = nextIds.map((id) => rows.find((row) => row.id === id)!.slug);
      const result = await actions.reorderSections({ modelSlug, order: slugs });
      if (!result.ok) toast.error(result.error.message);
      else toast.success(`Moved “${movedTitle}”`, { id: "section-order" });
    });
  }

  function move(id: string, by: -1 | 1) {
    const next = movedBy(ids, id, by);
    if (!next) return;
    refocusAfter(`move-${id}-${by < 0 ? "up" : "down"}`);
    saveOrder(next, titleOf(id));
  }

  function onDragEnd(event: DragEndEvent) {
    const next = draggedTo(ids, event);
    if (next) saveOrder(next, titleOf(event.active.id));
  }

  function setPublished(row: SectionRow, published: boolean) {
    startTransition(async () => {
      applyOptimistic({ type: "published", id: row.id, published });
      const result = await actions.updateSection({
        modelSlug,
        sectionSlug: row.slug,
        changes: { published },
      });
      if (!result.ok) toast.error(result.error.message);
      else toast.success(published ? `“${row.title}” is live` : `“${row.title}” is hidden from visitors`);
    });
  }

  const newButton = canWrite && (
    <Button onClick={() => setCreating(true)}>
      <Plus aria-hidden /> New section
    </Button>
  );

  return (
    <>
      {rows.length === 0 ? (
        <EmptyState
          icon={GalleryHorizontalEnd}
          title="No sections yet"
          description={
            canWrite
              ? `Sections are the chapters of ${modelName}'s public page — “Editorial”, “Portraits”, “Summer 2024”. Create one, then add approved photos to it.`
              : `Nobody has created a section for ${modelName} yet.`
          }
          action={newButton}
        />
      ) : (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-zinc-500" id="sections-help">
              {canWrite
                ? "Visitors see published sections in this order. Drag a handle, or use the arrow buttons."
                : "Visitors see published sections in this order."}
            </p>
            {newButton}
          </div>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            modifiers={[verticalOnly]}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements: positionAnnouncements(ids, (id) => `section “${titleOf(id)}”`),
              screenReaderInstructions: dragInstructions("section"),
            }}
          >
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <ol
                aria-label="Sections"
                aria-busy={saving || undefined}
                aria-describedby="sections-help"
                className="divide-y divide-zinc-100 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-xs"
              >
                {rows.map((row, index) => (
                  <SectionItem
                    key={row.id}
                    row={row}
                    index={index}
                    count={rows.length}
                    modelSlug={modelSlug}
                    canWrite={canWrite}
                    onMove={(by) => move(row.id, by)}
                    onPublish={(published) => setPublished(row, published)}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        </div>
      )}
      {canWrite && (
        <NewSectionDialog
          modelSlug={modelSlug}
          open={creating}
          onClose={() => setCreating(false)}
          actions={actions}
        />
      )}
    </>
  );
}

function SectionItem({
  row,
  index,
  count,
  modelSlug,
  canWrite,
  onMove,
  onPublish,
}: {
  row: SectionRow;
  index: number;
  count: number;
  modelSlug: string;
  canWrite: boolean;
  onMove: (by: -1 | 1) => void;
  onPublish: (published: boolean) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: row.id, disabled: !canWrite });
  const href = `/admin/galleries/${modelSlug}/${row.slug}`;
  const visible = row.photoCount - row.hiddenCount;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn(
        "relative flex flex-wrap items-center gap-x-4 gap-y-3 bg-white px-3 py-3 sm:flex-nowrap sm:px-4",
        isDragging && "z-10 shadow-lg ring-1 ring-zinc-300",
      )}
      aria-label={`${row.title}, position ${index + 1} of ${count}`}
    >
      {canWrite && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Drag to reorder “${row.title}”`}
          className="-mr-1 flex h-10 w-7 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 active:cursor-grabbing"
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
      )}
      <Link href={href} tabIndex={-1} aria-hidden className="shrink-0">
        {row.cover ? (
          <PhotoThumb photo={row.cover} className="size-14 rounded-lg ring-1 ring-zinc-950/5" />
        ) : (
          <div className="flex size-14 items-center justify-center rounded-lg bg-zinc-100 ring-1 ring-zinc-950/5">
            <GalleryHorizontalEnd className="size-5 text-zinc-400" aria-hidden />
          </div>
        )}
      </Link>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2">
          <Link href={href} className="truncate font-medium text-zinc-900 hover:underline">
            {row.title}
          </Link>
          <PublishedBadge published={row.published} />
        </p>
        <p className="mt-0.5 truncate text-xs text-zinc-500">
          <span className="font-mono">/{row.slug}</span>
          <span aria-hidden> · </span>
          {row.photoCount === 0 ? "No photos yet" : `${visible} ${visible === 1 ? "photo" : "photos"}`}
          {row.hiddenCount > 0 && (
            <span className="text-amber-700"> · {row.hiddenCount} hidden (no longer approved)</span>
          )}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-1">
        {canWrite && (
          <>
            <label className="mr-2 flex cursor-pointer items-center gap-2 text-xs font-medium text-zinc-600">
              <input
                type="checkbox"
                role="switch"
                checked={row.published}
                onChange={(event) => onPublish(event.target.checked)}
                className="peer sr-only"
                aria-label={`Published: ${row.title}`}
              />
              <span
                aria-hidden
                className="peer-focus-visible:outline-brand-500 relative inline-flex h-5 w-9 rounded-full bg-zinc-300 transition-colors peer-checked:bg-emerald-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 after:absolute after:top-0.5 after:left-0.5 after:size-4 after:rounded-full after:bg-white after:shadow-sm after:transition-transform peer-checked:after:translate-x-4"
              />
              <span className="hidden sm:inline">Live</span>
            </label>
            <Button
              id={`move-${row.id}-up`}
              variant="ghost"
              size="sm"
              className="px-2"
              onClick={() => onMove(-1)}
              disabled={index === 0}
              aria-label={`Move “${row.title}” up`}
            >
              <ArrowUp aria-hidden />
            </Button>
            <Button
              id={`move-${row.id}-down`}
              variant="ghost"
              size="sm"
              className="px-2"
              onClick={() => onMove(1)}
              disabled={index === count - 1}
              aria-label={`Move “${row.title}” down`}
            >
              <ArrowDown aria-hidden />
            </Button>
          </>
        )}
        <Link
          href={href}
          className="ml-1 rounded-md p-1.5 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700"
          aria-label={`Open “${row.title}”`}
        >
          <ChevronRight className="size-4" aria-hidden />
        </Link>
      </div>
    </li>
  );
}
