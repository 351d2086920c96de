"use client";

import { ImageOff } from "lucide-react";
import { FadeInPicture } from "@/components/media/fade-in-picture";
import { displaySources, placeholderUrl } from "@/components/media/pick-variants";
import type { MediaJson } from "@/components/media/media-types";
import { cn } from "@/components/ui/cn";

/**
 * The photo under review, whole (never cropped) on a dark stage: the placeholder shows at once, the
 * real image fades in. Staff may load every variant whatever its moderation state.
 */
export function ReviewPreview({ item, className }: { item: MediaJson; className?: string }) {
  const sources = displaySources(item, 1280);
  const placeholder = placeholderUrl(item.placeholder);

  return (
    <div
      className={cn(
        "relative flex items-center justify-center overflow-hidden rounded-xl bg-zinc-950",
        className,
      )}
    >
      {placeholder && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={placeholder}
          alt=""
          aria-hidden
          className="absolute inset-0 size-full scale-110 object-cover opacity-40 blur-2xl"
        />
      )}
      {sources ? (
        <FadeInPicture
          // A new photo starts from nothing rather than fading from the one before.
          key={sources.src}
          sources={sources}
          sizes="(min-width: 1024px) 60vw, 100vw"
          alt={`Photo under review: ${item.filename}`}
          width={item.width ?? undefined}
          height={item.height ?? undefined}
          className="relative flex size-full items-center justify-center"
          imgClassName="max-h-full max-w-full object-contain shadow-2xl"
        />
      ) : (
        <span className="relative flex flex-col items-center gap-2 text-sm text-zinc-500">
          <ImageOff className="size-8" aria-hidden strokeWidth={1.5} />
          No preview yet
        </span>
      )}
    </div>
  );
}
