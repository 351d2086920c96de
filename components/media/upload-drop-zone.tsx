"use client";

import { ImageUp } from "lucide-react";
import { useDropzone } from "react-dropzone";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatBytes } from "./format-bytes";

// What the picker offers first; anything else can still be chosen or dropped, and the server decides.
const PICKER_ACCEPT = "image/*,.heic,.heif,.avif,.tif,.tiff";

/**
 * The drop zone and the file picker. The zone itself is only a target for the mouse; the keyboard
 * and screen readers use the real button, which opens the system picker for as many files as wanted.
 */
export function UploadDropZone({
  onFiles,
  maxFileSize,
  typesLabel,
  compact = false,
}: {
  onFiles: (files: File[]) => void;
  maxFileSize: number;
  typesLabel: string;
  /** Smaller once the library has photos. */
  compact?: boolean;
}) {
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    onDrop: (files) => onFiles(files),
    multiple: true,
    noClick: true,
    noKeyboard: true,
  });

  return (
    <div
      {...getRootProps({
        role: "region",
        "aria-label": "Upload photos",
        "data-testid": "drop-zone",
      })}
      className={cn(
        "relative flex flex-col items-center justify-center rounded-xl border-2 border-dashed text-center transition-colors",
        compact ? "gap-3 px-6 py-7 sm:flex-row sm:justify-between sm:text-left" : "gap-4 px-6 py-12",
        isDragActive
          ? "border-brand-500 bg-brand-50/70"
          : "border-zinc-300 bg-white hover:border-zinc-400 has-[:focus-visible]:border-zinc-400",
      )}
    >
      <input
        {...getInputProps({
          accept: PICKER_ACCEPT,
          "aria-label": "Choose photos to upload",
          id: "upload-input",
        })}
      />
      <div className={cn("flex items-center gap-4", compact ? "flex-col sm:flex-row" : "flex-col")}>
        <span
          className={cn(
            "flex size-12 shrink-0 items-center justify-center rounded-xl ring-1 transition-colors",
            isDragActive
              ? "bg-brand-100 text-brand-700 ring-brand-500/30"
              : "bg-zinc-50 text-zinc-500 ring-zinc-200",
          )}
        >
          <ImageUp className="size-6" aria-hidden strokeWidth={1.75} />
        </span>
        <div>
          <p className="text-base font-semibold text-zinc-900">
            {isDragActive ? "Drop to upload" : "Drag photos here to upload"}
          </p>
          <p className="mt-1 text-sm text-balance text-zinc-500">
            {typesLabel}, up to {formatBytes(maxFileSize)} each. As many as you like at once.
          </p>
        </div>
      </div>
      <Button variant={compact ? "secondary" : "primary"} onClick={open} aria-describedby="upload-hint">
        Choose photos…
      </Button>
      <p id="upload-hint" className="sr-only">
        Opens the file picker. You can select many photos; each is uploaded and processed on its own.
      </p>
    </div>
  );
}
