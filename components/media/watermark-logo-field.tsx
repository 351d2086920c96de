"use client";

import { ImageUp } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatBytes } from "./format-bytes";

const LOGO_ACCEPT = "image/png,image/webp,image/jpeg,image/avif,image/gif";

/** The logo on a checkerboard, a button that opens the file picker, and what will happen to it. */
export function WatermarkLogoField({
  logoUrl,
  chosen,
  savedLogo,
  error,
  canEdit,
  disabled,
  onChoose,
}: {
  /** The chosen file's preview, or the saved logo. */
  logoUrl: string | null;
  chosen: File | null;
  savedLogo: boolean;
  error?: string;
  canEdit: boolean;
  disabled: boolean;
  onChoose: (file: File | undefined) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-zinc-800" id="logo-label">
        Logo
      </p>
      <div className="flex items-center gap-4">
        <span className="flex h-16 w-24 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-[conic-gradient(#e4e4e7_25%,#fafafa_0_50%,#e4e4e7_0_75%,#fafafa_0)] bg-[length:12px_12px] ring-1 ring-zinc-200">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- the staff-only logo or a local file
            <img src={logoUrl} alt="Current logo" className="max-h-14 max-w-20 object-contain" />
          ) : (
            <ImageUp className="size-5 text-zinc-400" aria-hidden />
          )}
        </span>
        <div className="min-w-0 space-y-1.5">
          <input
            ref={input}
            id="watermark-logo"
            type="file"
            accept={LOGO_ACCEPT}
            className="sr-only"
            aria-labelledby="logo-label"
            aria-describedby="logo-hint"
            disabled={disabled}
            onChange={(event) => {
              onChoose(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
          {canEdit && (
            <Button variant="secondary" size="sm" onClick={() => input.current?.click()} disabled={disabled}>
              {logoUrl ? "Choose another logo…" : "Choose a logo…"}
            </Button>
          )}
          <p
            id="logo-hint"
            className={cn("text-[13px]", error ? "font-medium text-red-600" : "text-zinc-500")}
          >
            {error ||
              (chosen
                ? `${chosen.name} (${formatBytes(chosen.size)}), uploaded when you save.`
                : canEdit
                  ? "PNG with transparency works best. At most 5 MB."
                  : savedLogo
                    ? "The current logo."
                    : "No logo uploaded yet.")}
          </p>
        </div>
      </div>
    </div>
  );
}
