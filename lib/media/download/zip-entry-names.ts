import { sanitizeFilename } from "@/lib/media/intake/sanitize-filename";

/**
 * Names the files of a ZIP after the photos' filenames, unique within the archive (case-insensitively,
 * as Windows and macOS compare them): the second "a.jpg" becomes "a (2).jpg". `extension` replaces each
 * name's extension (a public variant is always a JPEG).
 */
export function zipEntryNamer(extension?: string): (filename: string) => string {
  const taken = new Set<string>();
  return (filename) => {
    const clean = sanitizeFilename(filename);
    const dot = clean.lastIndexOf(".");
    const stem = dot > 0 ? clean.slice(0, dot) : clean;
    const ext = extension ?? (dot > 0 ? clean.slice(dot + 1) : "");
    const suffix = ext ? `.${ext}` : "";
    let name = `${stem}${suffix}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${suffix}`;
    taken.add(name.toLowerCase());
    return name;
  };
}
