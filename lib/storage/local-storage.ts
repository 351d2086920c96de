import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { copyFile, mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import { assertStorageKey } from "./assert-storage-key";
import { contentTypeForKey } from "./content-type-for-key";
import type { PutBody, Storage, StoredObject } from "./storage";
import { toNodeReadable } from "./to-node-readable";

/**
 * Files on local disk under `root`: `originals/` (private) and `public/` (variants). Writes go to
 * `root/.tmp` first and are renamed into place, so a reader never sees half a file and a crash
 * leaves only a temp file (keys cannot start with a dot, so `.tmp` never collides with one).
 */
export function createLocalStorage({ root }: { root: string }): Storage {
  const base = path.resolve(root);
  const tmpDir = path.join(base, ".tmp");

  function resolveKey(key: string, options?: { prefix: boolean }): string {
    assertStorageKey(key, options);
    const full = path.resolve(base, key);
    // Belt and braces: the key check already rules this out.
    if (!full.startsWith(base + path.sep))
      throw new AppError("invalid", `Refused storage key ${JSON.stringify(key)}.`);
    return full;
  }

  async function writeTemp(temp: string, body: PutBody): Promise<void> {
    if (Buffer.isBuffer(body) || body instanceof Uint8Array) {
      await writeFile(temp, body, { flag: "wx" });
    } else if ("path" in body && typeof body.path === "string") {
      await copyFile(body.path, temp);
    } else {
      await pipeline(
        toNodeReadable(body as Readable | ReadableStream<Uint8Array>),
        createWriteStream(temp, { flags: "wx" }),
      );
    }
  }

  async function statKey(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(resolveKey(key));
      if (!info.isFile()) return null;
      return { key, bytes: info.size, contentType: contentTypeForKey(key), modifiedAt: info.mtime };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  /** Whether a path relative to the root is a key the app could have written (anything else is left alone). */
  function isKey(relative: string): boolean {
    try {
      assertStorageKey(relative);
      return true;
    } catch {
      return false;
    }
  }

  async function listKeys(prefix: string): Promise<StoredObject[]> {
    const dir = resolveKey(prefix, { prefix: true });
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true, recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const objects: StoredObject[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const key = path.relative(base, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
      if (!isKey(key)) continue;
      // Gone since the directory was read: simply not listed.
      const stored = await statKey(key);
      if (stored) objects.push(stored);
    }
    return objects;
  }

  async function countFiles(dir: string): Promise<number> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true, recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
      throw error;
    }
    return entries.filter((entry) => entry.isFile()).length;
  }

  return {
    driver: "local",
    tempDir: tmpDir,

    async put(key, body, _options) {
      const target = resolveKey(key);
      await mkdir(tmpDir, { recursive: true });
      await mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(tmpDir, `${randomUUID()}.part`);
      try {
        await writeTemp(temp, body);
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      const stored = await statKey(key);
      if (!stored) throw new Error(`Stored object vanished right after writing: ${key}`);
      return stored;
    },

    async get(key) {
      const full = resolveKey(key);
      if (!(await statKey(key))) throw new AppError("not_found", "File not found.");
      try {
        const handle = await open(full, "r");
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT")
          throw new AppError("not_found", "File not found.");
        throw error;
      }
    },

    stat: statKey,

    async exists(key) {
      return (await statKey(key)) !== null;
    },

    async delete(key) {
      await rm(resolveKey(key), { force: true });
    },

    async deletePrefix(prefix) {
      const dir = resolveKey(prefix, { prefix: true });
      const count = await countFiles(dir);
      await rm(dir, { recursive: true, force: true });
      return count;
    },

    list: listKeys,

    publicUrl() {
      return null;
    },
  };
}
