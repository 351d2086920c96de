"use client";

import { Check, ImageOff } from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { SectionActions } from "./section-actions";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { PhotoThumb, type ThumbPhoto } from "./photo-thumb";

export interface PickablePhoto extends ThumbPhoto {
  filename: string;
}

/** The model's approved photos not yet in the section; the chosen ones are added at the end, in order picked. */
export function PhotoPickerDialog({
  modelSlug,
  sectionSlug,
  sectionTitle,
  photos,
  total,
  open,
  onClose,
  actions,
}: {
  modelSlug: string;
  sectionSlug: string;
  sectionTitle: string;
  photos: PickablePhoto[];
  total: number;
  open: boolean;
  onClose: () => void;
  actions: Pick<SectionActions, "addSectionItems">;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();

  function close() {
    setChosen([]);
    onClose();
  }

  function toggle(id: string) {
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
  }

  function add() {
    startTransition(async () => {
      const result = await actions.addSectionItems({ modelSlug, sectionSlug, mediaIds: chosen });
      if (!result.ok) return void toast.error(result.error.message);
      const n = result.data.added;
      toast.success(`Added ${n} ${n === 1 ? "photo" : "photos"} to “${sectionTitle}”`);
      close();
    });
  }

  const allChosen = photos.length > 0 && chosen.length === photos.length;

  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Add photos to “${sectionTitle}”`}
      description="Approved photos of this model that are not in the section yet. They go to the end, in the order you pick them."
      className="max-w-4xl"
    >
      {photos.length === 0 ? (
        <div className="flex flex-col items-center rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center">
          <ImageOff className="size-6 text-zinc-400" aria-hidden />
          <p className="mt-3 font-medium text-zinc-900">No approved photos left to add</p>
          <p className="mt-1 max-w-sm text-sm text-zinc-500">
            Every approved photo of this model is already here. Upload more in the library; they can be placed
            once processed and approved.
          </p>
          <Link href="/admin/library" className="mt-4 text-sm font-medium text-zinc-900 underline">
            Open the library
          </Link>
        </div>
      ) : (
        <>
          <div className="mb-3 flex items-center justify-between gap-3 text-sm">
            <p className="text-zinc-500" aria-live="polite">
              {chosen.length === 0
                ? `${photos.length} available`
                : `${chosen.length} of ${photos.length} chosen`}
              {total > photos.length && ` (newest ${photos.length} of ${total} shown)`}
            </p>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setChosen(allChosen ? [] : photos.map((p) => p.id))}
            >
              {allChosen ? "Clear" : "Choose all"}
            </Button>
          </div>
          <ul
            aria-label="Approved photos"
            className="grid max-h-[55vh] grid-cols-3 gap-3 overflow-y-auto p-1 sm:grid-cols-4 md:grid-cols-5"
          >
            {photos.map((photo) => {
              const order = chosen.indexOf(photo.id);
              const selected = order >= 0;
              return (
                <li key={photo.id}>
                  <button
                    type="button"
                    aria-pressed={selected}
                    aria-label={`${photo.filename}${selected ? `, chosen ${order + 1}` : ""}`}
                    onClick={() => toggle(photo.id)}
                    className={cn(
                      "group relative block w-full overflow-hidden rounded-lg ring-1 ring-zinc-950/10 transition",
                      selected ? "ring-brand-500 ring-[3px]" : "hover:ring-zinc-400",
                    )}
                  >
                    <PhotoThumb photo={photo} className={cn(selected && "scale-[0.94] rounded-md")} />
                    <span
                      className={cn(
                        "absolute top-1.5 right-1.5 flex size-6 items-center justify-center rounded-full text-xs font-semibold shadow-sm ring-1",
                        selected
                          ? "bg-brand-600 ring-brand-700 text-white"
                          : "bg-white/80 text-transparent ring-zinc-300 group-hover:text-zinc-300",
                      )}
                      aria-hidden
                    >
                      {selected ? order + 1 : <Check className="size-3.5" />}
                    </span>
                  </button>
                  <p className="mt-1 truncate text-[11px] text-zinc-500" title={photo.filename}>
                    {photo.filename}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="mt-5 flex justify-end gap-3">
        <Button variant="ghost" onClick={close} disabled={pending}>
          Cancel
        </Button>
        {photos.length > 0 && (
          <Button onClick={add} pending={pending} disabled={chosen.length === 0}>
            {chosen.length <= 1 ? "Add photo" : `Add ${chosen.length} photos`}
          </Button>
        )}
      </div>
    </Dialog>
  );
}
