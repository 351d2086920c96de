"use client";

import { ImageOff, LoaderCircle } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { FadeInPicture } from "./fade-in-picture";
import type { MediaJson } from "./media-types";
import { displaySources, placeholderUrl, thumbnailSources } from "./pick-variants";

/**
 * A photo from its public variants: the dominant colour and the blurred placeholder show at once,
 * the real image fades in over them once loaded (no fade for people who prefer reduced motion).
 */
export function MediaPicture({
  item,
  use = "thumbnail",
  sizes,
  alt = "",
  className,
  imgClassName,
  loading = "lazy",
}: {
  item: MediaJson;
  use?: "thumbnail" | "display";
  sizes?: string;
  alt?: string;
  className?: string;
  imgClassName?: string;
  loading?: "lazy" | "eager";
}) {
  const sources = use === "thumbnail" ? thumbnailSources(item) : displaySources(item);
  const placeholder = placeholderUrl(item.placeholder);

  return (
    <span
      className={cn("relative block overflow-hidden bg-zinc-100", className)}
      style={{
        backgroundColor: item.dominantColor ?? undefined,
        aspectRatio:
          use === "display" && item.width && item.height ? `${item.width} / ${item.height}` : undefined,
      }}
    >
      {placeholder && (
        // A 32 px PNG stretched: the browser's smoothing does the blur.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={placeholder}
          alt=""
          aria-hidden
          className={cn("absolute inset-0 size-full scale-105 object-cover blur-[2px]", imgClassName)}
        />
      )}
      {sources ? (
        <FadeInPicture
          sources={sources}
          sizes={sizes}
          alt={alt}
          loading={loading}
          width={item.width ?? undefined}
          height={item.height ?? undefined}
          imgClassName={cn("absolute inset-0 size-full object-cover", imgClassName)}
        />
      ) : (
        <span className="absolute inset-0 flex items-center justify-center text-zinc-400">
          {item.status === "PROCESSING" ? (
            <LoaderCircle className="size-6 motion-safe:animate-spin" aria-hidden strokeWidth={1.75} />
          ) : (
            <ImageOff className="size-6" aria-hidden strokeWidth={1.75} />
          )}
        </span>
      )}
    </span>
  );
}
