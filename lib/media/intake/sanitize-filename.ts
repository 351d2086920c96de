import { VARCHAR_DEFAULT } from "@/lib/text/fit-column";

/** `MediaItem.filename` is a VARCHAR(191): counted in characters (code points), like MariaDB does. */
export const FILENAME_MAX_LENGTH = VARCHAR_DEFAULT;
// C0/C1 controls and DEL; bidi embeddings/overrides/isolates and marks, which can make
// "gpj.exe" read as "exe.jpg".
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/**
 * The client's filename, made safe to show: a display name only, never part of a storage path.
 * Drops directories, control and bidi characters, collapses whitespace, caps the length at the
 * column's 191 characters while keeping the extension (the stem is cut between code points), and falls
 * back when no name is left.
 */
export function sanitizeFilename(name: string | null | undefined, fallback = "photo"): string {
  let clean = (name ?? "").normalize("NFC").replace(CONTROL, "").replace(BIDI, "");
  clean = (clean.split(/[/\\]/).pop() ?? "").replace(/\s+/gu, " ").trim();
  const extension = EXTENSION.exec(clean)?.[0] ?? "";
  // Leading dots would make a hidden-file name; a name that is only an extension gets the fallback.
  let base = clean
    .slice(0, clean.length - extension.length)
    .replace(/^[.\s]+/u, "")
    .trim();
  if (!base) base = fallback;
  const room = FILENAME_MAX_LENGTH - Array.from(extension).length;
  return Array.from(base).slice(0, room).join("").trimEnd() + extension;
}
