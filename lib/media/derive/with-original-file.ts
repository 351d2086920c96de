import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Storage } from "@/lib/storage/storage";

/** Where working copies go; the daily maintenance removes any a crash left behind. */
export const defaultWorkDir = () => path.join(os.tmpdir(), "phoenix4ge-work");

/**
 * Runs `work` with the private original as a local file (copied from storage, whatever the driver;
 * a few milliseconds for a phone photo) and removes the copy afterwards, also when `work` throws.
 */
export async function withOriginalFile<T>(
  storage: Storage,
  key: string,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const dir = defaultWorkDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}${path.extname(key)}`);
  try {
    await pipeline(await storage.get(key), createWriteStream(file, { flags: "wx", mode: 0o600 }));
    return await work(file);
  } finally {
    await rm(file, { force: true });
  }
}
