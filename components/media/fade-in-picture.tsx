"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import type { PictureSources } from "./pick-variants";

/**
 * A `<picture>` from a photo's variants: AVIF and WebP sources, the JPEG `<img>`, shown transparent
 * until it has loaded, then faded in (no fade for people who prefer reduced motion).
 */
export function FadeInPicture({
  sources,
  sizes,
  alt,
  loading,
  width,
  height,
  className,
  imgClassName,
}: {
  sources: PictureSources;
  sizes?: string;
  alt: string;
  loading?: "lazy" | "eager";
  width?: number;
  height?: number;
  className?: string;
  /** Classes of the `<img>` (its size and fit); the fade's come after them. */
  imgClassName?: string;
}) {
  const [loadedSrc, setLoadedSrc] = useState<string | null>(null);
  const loaded = loadedSrc === sources.src;

  return (
    <picture className={className}>
      {sources.avif && <source type="image/avif" srcSet={sources.avif} sizes={sizes} />}
      {sources.webp && <source type="image/webp" srcSet={sources.webp} sizes={sizes} />}
      <img
        src={sources.src}
        srcSet={sources.jpeg}
        sizes={sizes}
        alt={alt}
        loading={loading}
        decoding="async"
        width={width}
        height={height}
        ref={(img) => {
          // Already decoded (from the cache) before React attached onLoad.
          if (img?.complete && img.naturalWidth > 0 && loadedSrc !== sources.src) setLoadedSrc(sources.src);
        }}
        onLoad={() => setLoadedSrc(sources.src)}
        className={cn(
          imgClassName,
          "motion-safe:transition-opacity motion-safe:duration-300",
          loaded ? "opacity-100" : "opacity-0",
        )}
      />
    </picture>
  );
}
