// Real photos for the gallery benchmark (and anyone who needs a big public section quickly): each
// source photo is processed once by the real pipeline code (JPEG, WebP and AVIF at every width, the
// placeholder, the dominant colour); then any number of photo rows reuse those files through hard links.
import { randomBytes } from "node:crypto";
import { link, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { deriveAvifVariants } from "@/lib/media/derive/derive-avif-variants";
import { deriveVariants } from "@/lib/media/derive/derive-variants";
import type { DerivedMedia } from "@/lib/media/types";
import { createLocalStorage } from "@/lib/storage/local-storage";

export interface SourcePhoto {
  file: string;
  mediaId: string;
  derived: DerivedMedia;
}

const MIME: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".avif": "image/avif" };

/** Processes each file once into `storageDir` (as a photo that has no row: its files are only linked). */
export async function prepareSourcePhotos(
  files: readonly string[],
  storageDir: string,
): Promise<SourcePhoto[]> {
  const storage = createLocalStorage({ root: storageDir });
  const sources: SourcePhoto[] = [];
  for (const file of files) {
    const mediaId = `src${randomBytes(8).toString("hex")}`;
    const input = {
      mediaId,
      revision: 1,
      source: await readFile(file),
      mime: MIME[path.extname(file).toLowerCase()] ?? "image/jpeg",
      storage,
      watermark: null,
    };
    const derived = await deriveVariants(input);
    derived.variants.push(...(await deriveAvifVariants(input)));
    sources.push({ file: path.basename(file), mediaId, derived });
  }
  return sources;
}

/**
 * `count` READY + APPROVED photos of `modelId`, cycling through `sources`: real rows, each with its own
 * variant keys, hard-linked to the source's files. Returns the new ids in order.
 */
export async function seedLinkedPhotos(options: {
  modelId: string;
  sources: readonly SourcePhoto[];
  count: number;
  storageDir: string;
}): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const source = options.sources[i % options.sources.length]!;
    const id = `bench${randomBytes(10).toString("hex")}`;
    const variants = [];
    for (const variant of source.derived.variants) {
      const storageKey = variant.storageKey.replace(`public/${source.mediaId}/`, `public/${id}/`);
      const target = path.join(options.storageDir, storageKey);
      await mkdir(path.dirname(target), { recursive: true });
      await link(path.join(options.storageDir, variant.storageKey), target);
      variants.push({ ...variant, storageKey });
    }
    await db.mediaItem.create({
      data: {
        id,
        modelId: options.modelId,
        filename: `${i + 1}-${source.file}`,
        originalKey: `originals/${options.modelId}/${id}/${randomBytes(16).toString("hex")}.jpg`,
        mime: "image/jpeg",
        bytes: 100_000,
        sha256: randomBytes(32).toString("hex"),
        width: source.derived.width,
        height: source.derived.height,
        status: "READY",
        moderationStatus: "APPROVED",
        placeholder: source.derived.placeholder,
        dominantColor: source.derived.dominantColor,
        variants: { create: variants },
      },
    });
    ids.push(id);
  }
  return ids;
}
