"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import { placeMark, type WatermarkSettings } from "./watermark-placement";

// The server draws text marks with this font at this size, outlined (lib/media/watermark/render-watermark.ts).
const FONT_FAMILY = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const FONT_SIZE = 160;
const STROKE = FONT_SIZE / 25;
const MAX_TEXT = 120;

export interface PreviewPhoto {
  url: string | null;
  width: number;
  height: number;
  label: string;
}

/** The text as the server will draw it: whitespace collapsed, at most 120 characters. */
export function normalizeMarkText(text: string): string {
  return Array.from(text.replace(/\s+/g, " ").trim()).slice(0, MAX_TEXT).join("");
}

let canvas: HTMLCanvasElement | null = null;

/** The tight box of the outlined text (the server trims its render to the visible pixels). */
function measureText(text: string) {
  canvas ??= document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.font = `bold ${FONT_SIZE}px ${FONT_FAMILY}`;
  const m = context.measureText(text);
  const pad = STROKE / 2;
  const width = m.actualBoundingBoxLeft + m.actualBoundingBoxRight + 2 * pad;
  const height = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent + 2 * pad;
  if (!(width > 0 && height > 0)) return null;
  return { x: -m.actualBoundingBoxLeft - pad, y: -m.actualBoundingBoxAscent - pad, width, height };
}

const noSubscribe = () => () => {};

/** A 3:2 landscape drawn in SVG, with light sky and dark ground, for models without a photo yet. */
export function NeutralSample() {
  return (
    <svg
      viewBox="0 0 1500 1000"
      preserveAspectRatio="xMidYMid slice"
      className="absolute inset-0 size-full"
      aria-hidden
    >
      <defs>
        <linearGradient id="wm-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#9cc3e4" />
          <stop offset="0.65" stopColor="#f3d9b8" />
          <stop offset="1" stopColor="#f0b98d" />
        </linearGradient>
        <linearGradient id="wm-far" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#7d8fa8" />
          <stop offset="1" stopColor="#a7a9b8" />
        </linearGradient>
        <linearGradient id="wm-near" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#3f5245" />
          <stop offset="1" stopColor="#1f2a24" />
        </linearGradient>
      </defs>
      <rect width="1500" height="1000" fill="url(#wm-sky)" />
      <circle cx="1080" cy="430" r="90" fill="#fff4dc" opacity="0.9" />
      <path
        d="M0 640 L220 470 L380 560 L600 380 L820 560 L980 470 L1200 600 L1500 440 L1500 1000 L0 1000 Z"
        fill="url(#wm-far)"
      />
      <path
        d="M0 760 C250 690 420 720 640 780 S1100 700 1500 740 L1500 1000 L0 1000 Z"
        fill="url(#wm-near)"
      />
      <path d="M0 880 C300 840 700 900 1000 860 S1350 840 1500 860 L1500 1000 L0 1000 Z" fill="#16201b" />
    </svg>
  );
}

/**
 * The live preview: the sample photo with the mark drawn over it in the browser, sized and placed
 * by the server's own arithmetic, so what is shown is what the public files will carry.
 */
export function WatermarkPreview({
  photo,
  settings,
  logoUrl,
}: {
  photo: PreviewPhoto;
  settings: WatermarkSettings;
  logoUrl: string | null;
}) {
  // Measuring text needs a canvas, which the server render does not have.
  const inBrowser = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const [logoSize, setLogoSize] = useState<{ url: string; width: number; height: number } | null>(null);
  const text = normalizeMarkText(settings.text);
  const textBox = useMemo(() => (inBrowser && text ? measureText(text) : null), [inBrowser, text]);

  const measureLogo = (img: HTMLImageElement) => {
    if (logoUrl) setLogoSize({ url: logoUrl, width: img.naturalWidth, height: img.naturalHeight });
  };

  const visible = settings.opacity > 0;
  let mark: React.ReactNode = null;
  let aspect: number | null = null;
  if (settings.kind === "TEXT" && textBox && visible) {
    aspect = textBox.width / textBox.height;
    mark = (
      <svg
        viewBox={`${textBox.x} ${textBox.y} ${textBox.width} ${textBox.height}`}
        preserveAspectRatio="none"
        className="block size-full overflow-visible"
        aria-hidden
      >
        <text
          x="0"
          y="0"
          fontFamily={FONT_FAMILY}
          fontWeight="bold"
          fontSize={FONT_SIZE}
          fill="#ffffff"
          stroke="#000000"
          strokeOpacity={0.45}
          strokeWidth={STROKE}
          paintOrder="stroke"
        >
          {text}
        </text>
      </svg>
    );
  } else if (settings.kind === "LOGO" && logoUrl && visible) {
    const size = logoSize?.url === logoUrl ? logoSize : null;
    aspect = size ? size.width / size.height : null;
    mark = (
      // eslint-disable-next-line @next/next/no-img-element -- a local preview of the chosen logo
      <img
        src={logoUrl}
        alt=""
        aria-hidden
        className="block size-full"
        ref={(img) => {
          // Loaded before React attached onLoad (server-rendered, cached): measure it now.
          if (img?.complete && img.naturalWidth > 0 && logoSize?.url !== logoUrl) measureLogo(img);
        }}
        onLoad={(event) => measureLogo(event.currentTarget)}
      />
    );
  }
  const box = aspect ? placeMark(photo, aspect, settings) : null;

  return (
    <div
      className="relative w-full overflow-hidden rounded-lg bg-zinc-200 ring-1 ring-zinc-950/10"
      style={{ aspectRatio: `${photo.width} / ${photo.height}` }}
      data-testid="watermark-preview"
    >
      {photo.url ? (
        // eslint-disable-next-line @next/next/no-img-element -- a clean (unwatermarked) sample of the model's photos
        <img src={photo.url} alt="" className="absolute inset-0 size-full object-cover" />
      ) : (
        <NeutralSample />
      )}
      {mark && (
        <div
          data-testid="watermark-mark"
          className="absolute motion-safe:transition-[left,top,width,height,opacity] motion-safe:duration-150"
          style={
            box
              ? {
                  left: `${box.left}%`,
                  top: `${box.top}%`,
                  width: `${box.width}%`,
                  height: `${box.height}%`,
                  opacity: settings.opacity,
                }
              : // Until the logo's size is known it is laid out invisibly, to be measured.
                { left: 0, top: 0, width: "20%", visibility: "hidden" }
          }
        >
          {mark}
        </div>
      )}
    </div>
  );
}
