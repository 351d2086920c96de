"use client";

import { ImageOff } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { thumbHashToDataURL } from "thumbhash";
import { cn } from "@/components/ui/cn";

export interface ThumbPhoto {
  id: string;
  alt: string;
  placeholder: string | null;
  dominantColor: string | null;
  thumbUrl: string | null;
}

function placeholderUrl(placeholder: string | null): string | null {
  if (!placeholder) return null;
  try {
    return thumbHashToDataURL(Uint8Array.from(atob(placeholder), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * A square thumbnail over the photo's dominant colour and blurred placeholder, so a grid never shows
 * empty boxes while thumbnails load (or when one cannot be served).
 */
export function PhotoThumb({ photo, className }: { photo: ThumbPhoto; className?: string }) {
  const [failed, setFailed] = useState(false);
  const blur = useMemo(() => placeholderUrl(photo.placeholder), [photo.placeholder]);
  // A server-rendered image can fail before React hydrates and listens for `error`: check on mount too.
  const checkLoaded = useCallback((img: HTMLImageElement | null) => {
    if (img?.complete && img.naturalWidth === 0) setFailed(true);
  }, []);
  return (
    <div
      className={cn("relative aspect-square overflow-hidden bg-zinc-200", className)}
      style={{
        backgroundColor: photo.dominantColor ?? undefined,
        backgroundImage: blur ? `url(${blur})` : undefined,
        backgroundSize: "cover",
        backgroundPosition: "center",
      }}
    >
      {photo.thumbUrl && !failed ? (
        // eslint-disable-next-line @next/next/no-img-element -- variants are already sized thumbnails
        <img
          ref={checkLoaded}
          src={photo.thumbUrl}
          alt={photo.alt}
          loading="lazy"
          decoding="async"
          draggable={false}
          onError={() => setFailed(true)}
          className="absolute inset-0 size-full object-cover"
        />
      ) : (
        !blur &&
        !photo.dominantColor && (
          <ImageOff className="absolute inset-0 m-auto size-6 text-zinc-400" aria-hidden />
        )
      )}
      {(failed || !photo.thumbUrl) && <span className="sr-only">{photo.alt}</span>}
    </div>
  );
}
