"use client";

import { LoaderCircle } from "lucide-react";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { watermarkUrl } from "./watermark-api";
import type { WatermarkSettings } from "./watermark-placement";
import { normalizeMarkText, type PreviewPhoto } from "./watermark-preview";
import type { WatermarkSample } from "./watermark-sample-picker";

/** How wide the previews are drawn, by the browser and by the server. */
export const PREVIEW_WIDTH = 960;

/** The server's own render of the unsaved settings (debounced), to check the live preview against. */
export function WatermarkServerPreview({
  slug,
  values,
  sample,
  photo,
  unsavedLogo,
}: {
  slug: string;
  values: WatermarkSettings;
  sample: WatermarkSample | null;
  photo: PreviewPhoto;
  unsavedLogo: boolean;
}) {
  const params = new URLSearchParams({
    kind: values.kind,
    position: values.position,
    opacity: String(values.opacity),
    scale: String(values.scale),
    margin: String(values.margin),
    width: String(PREVIEW_WIDTH),
  });
  const text = normalizeMarkText(values.text);
  if (text) params.set("text", text);
  if (sample) params.set("mediaId", sample.id);
  const wanted = `${watermarkUrl(slug, "/preview")}?${params}`;
  const [src, setSrc] = useState(wanted);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  // A render costs the server a decode: wait until the sliders rest.
  useEffect(() => {
    const timer = setTimeout(() => setSrc(wanted), 350);
    return () => clearTimeout(timer);
  }, [wanted]);

  return (
    <div className="space-y-2">
      <div
        className="relative w-full overflow-hidden rounded-lg bg-zinc-100 ring-1 ring-zinc-950/10"
        style={{ aspectRatio: `${photo.width} / ${photo.height}` }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, uncached server render */}
        <img
          src={src}
          alt={`The watermark drawn by the server on ${photo.label}`}
          className="absolute inset-0 size-full object-cover"
          onLoad={() => setLoaded(src)}
          onError={() => setFailed(src)}
        />
        {loaded !== src && failed !== src && (
          <span className="absolute top-2 right-2 rounded-full bg-white/90 p-1.5 shadow-sm">
            <LoaderCircle className="size-4 text-zinc-500 motion-safe:animate-spin" aria-hidden />
            <span className="sr-only">Rendering</span>
          </span>
        )}
      </div>
      {failed === src && <Alert>The server could not render this preview.</Alert>}
      {unsavedLogo && (
        <p className="text-xs text-zinc-500">
          The server render uses the saved logo until you save the new one.
        </p>
      )}
    </div>
  );
}
