import { lstat, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { defaultUploadTempDir } from "../intake/check-upload-stream";
import { defaultWorkDir } from "../derive/with-original-file";

/** Temporary files are written and removed within one request or one step; an hour-old one is left over. */
export const TEMP_MIN_AGE_MS = 60 * 60_000;

/**
 * The app's own temporary directories: streamed uploads (`checkUploadStream`), working copies of originals
 * (`withOriginalFile`, private bytes) and the local storage driver's staging folder. Each removes its
 * file itself, except when the process dies first.
 */
export function tempFileDirs(storage: Storage = getStorage()): string[] {
  return [defaultUploadTempDir(), defaultWorkDir(), ...(storage.tempDir ? [storage.tempDir] : [])];
}

/**
 * Deletes the files directly in `dirs` last modified more than an hour ago (a file being written keeps
 * getting a fresh time, so an upload in flight is never touched). Only regular files at the top level
 * (the app writes no folders or links there); a missing directory counts as empty. Returns how many.
 */
export async function removeStaleTempFiles({
  dirs = tempFileDirs(),
  now = new Date(),
  minAgeMs = TEMP_MIN_AGE_MS,
}: { dirs?: string[]; now?: Date; minAgeMs?: number } = {}): Promise<number> {
  const cutoff = now.getTime() - minAgeMs;
  let removed = 0;
  for (const dir of dirs) {
    for (const name of await fileNames(dir)) {
      const file = path.join(dir, name);
      const info = await lstat(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null; // removed by its owner meanwhile
        throw error;
      });
      if (!info?.isFile() || info.mtimeMs >= cutoff) continue;
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}

async function fileNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
