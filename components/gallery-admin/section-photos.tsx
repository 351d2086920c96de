"use client";

import { closestCenter, DndContext, type DragEndEvent } from "@dnd-kit/core";
import { rectSortingStrategy, SortableContext, useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowLeft, ArrowRight, Eye, EyeOff, GripVertical, ImagePlus, Star, Trash2 } from "lucide-react";
import { useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PhotoThumb, type ThumbPhoto } from "./photo-thumb";
import { dragInstructions, positionAnnouncements } from "./sortable-announcements";
import { draggedTo, movedBy, useRefocusAfterMove, useSortableSensors } from "./use-sortable-sensors";
import type { SectionActions } from "./section-actions";

export interface SectionPhoto extends ThumbPhoto {
  filename: string;
  /** Why visitors do not see it now (it keeps its place), or null. */
  hiddenReason: string | null;
  /** Lightbox views of the photo on the public pages, all time (absent: not shown). */
  views?: number;
}

type Change =
  { type: "order"; ids: string[] } | { type: "remove"; id: string } | { type: "cover"; id: string | null };
type State = { photos: SectionPhoto[]; coverId: string | null };

function applyChange(state: State, change: Change): State {
  switch (change.type) {
    case "cover":
      return { ...state, coverId: change.id };
    case "remove":
      return {
        photos: state.photos.filter((p) => p.id !== change.id),
        coverId: state.coverId === change.id ? null : state.coverId,
      };
    case "order": {
      const byId = new Map(state.photos.map((p) => [p.id, p]));
      return { ...state, photos: change.ids.map((id) => byId.get(id)).filter((p): p is SectionPhoto => !!p) };
    }
  }
}

/** The photos of a section in public order: drag or move them, remove them, choose the cover. */
export function SectionPhotos({
  modelSlug,
  sectionSlug,
  canWrite,
  photos,
  coverId,
  onAdd,
  actions,
}: {
  modelSlug: string;
  sectionSlug: string;
  canWrite: boolean;
  photos: SectionPhoto[];
  coverId: string | null;
  onAdd?: () => void;
  actions: Pick<SectionActions, "updateSection" | "removeSectionItem" | "reorderSectionItems">;
}) {
  const [state, applyOptimistic] = useOptimistic<State, Change>({ photos, coverId }, applyChange);
  const [saving, startTransition] = useTransition();
  const refocusAfter = useRefocusAfterMove(state, "earlier", "later");
  const sensors = useSortableSensors();

  const ids = state.photos.map((p) => p.id);
  const nameOf = (id: string | number) => {
    const index = ids.indexOf(String(id));
    return `photo ${index + 1}${state.photos[index] ? ` (${state.photos[index].filename})` : ""}`;
  };
  const firstVisible = state.photos.find((p) => !p.hiddenReason)?.id ?? null;
  const effectiveCover = state.coverId ?? firstVisible;
  const hidden = state.photos.filter((p) => p.hiddenReason).length;

  function run(
    change: Change,
    action: () => Promise<{ ok: boolean; error?: { message: string } }>,
    done: string,
  ) {
    startTransition(async () => {
      applyOptimistic(change);
      const result = await action();
      if (!result.ok) toast.error(result.error?.message ?? "That did not work. Please try again.");
      else toast.success(done, { id: `section-photos-${change.type}` });
    });
  }

  function saveOrder(next: string[]) {
    run(
      { type: "order", ids: next },
      () => actions.reorderSectionItems({ modelSlug, sectionSlug, mediaIds: next }),
      "Photo order saved",
    );
  }

  function move(id: string, by: -1 | 1) {
    const next = movedBy(ids, id, by);
    if (!next) return;
    refocusAfter(`photo-${id}-${by < 0 ? "earlier" : "later"}`);
    saveOrder(next);
  }

  function onDragEnd(event: DragEndEvent) {
    const next = draggedTo(ids, event);
    if (next) saveOrder(next);
  }

  const addButton = canWrite && onAdd && (
    <Button onClick={onAdd}>
      <ImagePlus aria-hidden /> Add photos
    </Button>
  );

  return (
    <Card>
      <CardHeader
        title={
          <span>
            Photos <span className="font-normal text-zinc-500">· {state.photos.length}</span>
          </span>
        }
        description={
          canWrite && state.photos.length > 1
            ? "Visitors see them in this order. Drag a photo, or use the arrow buttons."
            : "Visitors see them in this order."
        }
        action={addButton}
      />
      {hidden > 0 && (
        <p className="flex items-center gap-2 border-b border-amber-100 bg-amber-50 px-6 py-2.5 text-sm text-amber-800">
          <EyeOff className="size-4 shrink-0" aria-hidden />
          {hidden === 1 ? "1 photo is" : `${hidden} photos are`} hidden from visitors because{" "}
          {hidden === 1 ? "it is" : "they are"} no longer approved.{" "}
          {hidden === 1 ? "It keeps its" : "They keep their"} place and return if approved again.
        </p>
      )}
      {state.photos.length === 0 ? (
        <div className="p-6">
          <EmptyState
            icon={ImagePlus}
            title="No photos in this section yet"
            description={
              canWrite
                ? "Add approved photos from this model's library. Only processed, approved photos can be placed."
                : "Nobody has added photos to this section yet."
            }
            action={addButton}
            className="border-zinc-200"
          />
        </div>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements: positionAnnouncements(ids, nameOf),
            screenReaderInstructions: dragInstructions("photo"),
          }}
        >
          <SortableContext items={ids} strategy={rectSortingStrategy}>
            <ol
              aria-label="Photos in this section"
              aria-busy={saving || undefined}
              className="grid grid-cols-2 gap-4 p-4 sm:grid-cols-3 sm:p-6 lg:grid-cols-4 2xl:grid-cols-5"
            >
              {state.photos.map((photo, index) => (
                <PhotoTile
                  key={photo.id}
                  photo={photo}
                  index={index}
                  count={state.photos.length}
                  canWrite={canWrite}
                  isCover={photo.id === effectiveCover}
                  isChosenCover={photo.id === state.coverId}
                  onMove={(by) => move(photo.id, by)}
                  onRemove={() =>
                    run(
                      { type: "remove", id: photo.id },
                      () => actions.removeSectionItem({ modelSlug, sectionSlug, mediaId: photo.id }),
                      `Removed ${photo.filename} from the section`,
                    )
                  }
                  onCover={() =>
                    run(
                      { type: "cover", id: photo.id },
                      () => actions.updateSection({ modelSlug, sectionSlug, changes: { coverId: photo.id } }),
                      "Cover chosen",
                    )
                  }
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </Card>
  );
}

function PhotoTile({
  photo,
  index,
  count,
  canWrite,
  isCover,
  isChosenCover,
  onMove,
  onRemove,
  onCover,
}: {
  photo: SectionPhoto;
  index: number;
  count: number;
  canWrite: boolean;
  isCover: boolean;
  isChosenCover: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onCover: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: photo.id, disabled: !canWrite });
  const label = `Photo ${index + 1} of ${count}: ${photo.filename}`;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("group relative", isDragging && "z-10")}
      aria-label={label}
      data-photo-id={photo.id}
    >
      {/* Badges sit beside the drag handle, not in it, so its name is exactly what it says. */}
      <div className="relative">
        <div
          {...(canWrite ? { ...attributes, ...listeners } : {})}
          ref={canWrite ? setActivatorNodeRef : undefined}
          role={canWrite ? "button" : undefined}
          aria-label={canWrite ? `Drag to reorder ${label}` : undefined}
          className={cn(
            "relative overflow-hidden rounded-lg ring-1 ring-zinc-950/10 outline-offset-2",
            canWrite && "cursor-grab touch-none active:cursor-grabbing",
            isDragging && "shadow-xl ring-2 ring-zinc-900",
          )}
        >
          <PhotoThumb photo={photo} className={cn(photo.hiddenReason && "opacity-40 grayscale")} />
          {canWrite && (
            <GripVertical
              className="absolute top-2 right-2 size-5 rounded bg-white/80 p-0.5 text-zinc-600 opacity-0 shadow-sm transition-opacity group-hover:opacity-100"
              aria-hidden
            />
          )}
        </div>
        <span className="pointer-events-none absolute top-2 left-2 rounded-md bg-zinc-950/70 px-1.5 py-0.5 text-[11px] font-semibold text-white tabular-nums">
          {index + 1}
        </span>
        {isCover && !photo.hiddenReason && (
          <span className="pointer-events-none absolute bottom-2 left-2 inline-flex items-center gap-1 rounded-md bg-white/90 px-1.5 py-0.5 text-[11px] font-semibold text-zinc-900 shadow-sm">
            <Star className="size-3 fill-amber-400 text-amber-500" aria-hidden />
            {isChosenCover ? "Cover" : "Cover (first photo)"}
          </span>
        )}
        {photo.hiddenReason && (
          <span className="pointer-events-none absolute inset-x-2 bottom-2 inline-flex items-center justify-center gap-1 rounded-md bg-amber-100/95 px-1.5 py-1 text-[11px] font-semibold text-amber-900">
            <EyeOff className="size-3" aria-hidden /> Hidden: {photo.hiddenReason}
          </span>
        )}
      </div>
      <div className="mt-2 flex items-center gap-2">
        <p className="min-w-0 flex-1 truncate text-xs text-zinc-600" title={photo.filename}>
          {photo.filename}
        </p>
        {photo.views !== undefined && (
          <span
            className="inline-flex shrink-0 items-center gap-1 text-[11px] text-zinc-500 tabular-nums"
            title={`Opened ${photo.views} ${photo.views === 1 ? "time" : "times"} in the public lightbox`}
          >
            <Eye className="size-3" aria-hidden />
            {photo.views}
            <span className="sr-only"> views</span>
          </span>
        )}
      </div>
      {canWrite && (
        <div className="mt-1 -ml-1.5 flex items-center">
          <IconButton
            id={`photo-${photo.id}-earlier`}
            label={`Move photo ${index + 1} earlier`}
            onClick={() => onMove(-1)}
            disabled={index === 0}
          >
            <ArrowLeft aria-hidden />
          </IconButton>
          <IconButton
            id={`photo-${photo.id}-later`}
            label={`Move photo ${index + 1} later`}
            onClick={() => onMove(1)}
            disabled={index === count - 1}
          >
            <ArrowRight aria-hidden />
          </IconButton>
          <span className="flex-1" />
          <IconButton
            label={isChosenCover ? `Photo ${index + 1} is the cover` : `Use photo ${index + 1} as the cover`}
            onClick={onCover}
            disabled={isChosenCover || Boolean(photo.hiddenReason)}
            pressed={isChosenCover}
          >
            <Star className={cn(isChosenCover && "fill-amber-400 text-amber-500")} aria-hidden />
          </IconButton>
          <IconButton label={`Remove photo ${index + 1} from the section`} onClick={onRemove} danger>
            <Trash2 aria-hidden />
          </IconButton>
        </div>
      )}
    </li>
  );
}

function IconButton({
  label,
  children,
  danger,
  pressed,
  ...props
}: {
  id?: string;
  label: string;
  children: React.ReactNode;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      className={cn(
        "rounded-md p-1.5 text-zinc-500 transition-colors disabled:pointer-events-none disabled:opacity-35 [&_svg]:size-4",
        danger ? "hover:bg-red-50 hover:text-red-600" : "hover:bg-zinc-100 hover:text-zinc-900",
      )}
      {...props}
    >
      {children}
    </button>
  );
}
