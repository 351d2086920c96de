"use client";

import { ImageOff, LoaderCircle } from "lucide-react";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
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
  const [loadedSrc, setLoadedSrc] = useState<string | null>(null);
  const loaded = sources !== null && loadedSrc === sources.src;

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
        <picture>
          {sources.avif && <source type="image/avif" srcSet={sources.avif} sizes={sizes} />}
          {sources.webp && <source type="image/webp" srcSet={sources.webp} sizes={sizes} />}
          <img
            src={sources.src}
            srcSet={sources.jpeg}
            sizes={sizes}
            alt={alt}
            loading={loading}
            decoding="async"
            width={item.width ?? undefined}
            height={item.height ?? undefined}
            ref={(img) => {
              // Already decoded (from the cache) before React attached onLoad.
              if (img?.complete && img.naturalWidth > 0 && loadedSrc !== sources.src)
                setLoadedSrc(sources.src);
            }}
            onLoad={() => setLoadedSrc(sources.src)}
            className={cn(
              "absolute inset-0 size-full object-cover motion-safe:transition-opacity motion-safe:duration-300",
              loaded ? "opacity-100" : "opacity-0",
              imgClassName,
            )}
          />
        </picture>
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
