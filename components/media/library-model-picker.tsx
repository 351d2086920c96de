import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { InitialsAvatar } from "@/components/admin/initials-avatar";
import { Badge, Dot } from "@/components/ui/badge";
import { countPhotos } from "./format-bytes";

export interface PickerModel {
  id: string;
  slug: string;
  displayName: string;
  published: boolean;
  mediaCount: number;
}

/** The models someone works on, each a link into its library. */
export function LibraryModelPicker({ models }: { models: PickerModel[] }) {
  return (
    <ul aria-label="Models" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {models.map((model) => (
        <li key={model.id}>
          <Link
            href={`/admin/models/${encodeURIComponent(model.slug)}/library`}
            className="group flex items-center gap-3.5 rounded-xl border border-zinc-200 bg-white p-4 shadow-xs transition hover:border-zinc-300 hover:shadow-md"
          >
            <InitialsAvatar name={model.displayName} colorKey={model.slug} />
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-2">
                <span className="truncate text-sm font-semibold text-zinc-900">{model.displayName}</span>
                {!model.published && (
                  <Badge className="shrink-0">
                    <Dot className="text-zinc-500" /> Draft
                  </Badge>
                )}
              </span>
              <span className="mt-0.5 block truncate text-xs text-zinc-500">
                <span className="font-mono">/{model.slug}</span>
                <span aria-hidden> · </span>
                <span className="sr-only">, </span>
                <span className="tabular-nums">
                  {model.mediaCount ? countPhotos(model.mediaCount) : "No photos yet"}
                </span>
              </span>
            </span>
            <ChevronRight
              className="size-4 shrink-0 text-zinc-400 transition-transform group-hover:translate-x-0.5 group-hover:text-zinc-600 motion-reduce:transition-none"
              aria-hidden
            />
          </Link>
        </li>
      ))}
    </ul>
  );
}
