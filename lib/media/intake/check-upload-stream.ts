import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileTypeFromFile } from "file-type";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { toNodeReadable } from "@/lib/storage/to-node-readable";
import { ACCEPTED_IMAGE_TYPES, ACCEPTED_TYPES_LABEL, isHeic } from "./accepted-image-types";
import { openImage } from "../open-image";

export type UploadLimits = {
  /** Defaults to MEDIA_MAX_FILE_SIZE. */
  maxBytes?: number;
  /** Defaults to MEDIA_MAX_PIXELS; counts every frame of an animation. */
  maxPixels?: number;
  /** Where the temporary file goes; defaults to `<os tmp>/phoenix4ge-uploads`. */
  tmpDir?: string;
};

export type CheckedUpload = {
  /** The caller stores it (e.g. `storage.put(key, { path })`) and then removes it. */
  tempPath: string;
  sha256: string;
  bytes: number;
  /** Sniffed from the bytes, never taken from the client. */
  mime: string;
  ext: string;
  /** Upright dimensions (EXIF orientation applied), of one frame. */
  width: number;
  height: number;
  pages: number;
};

export const defaultUploadTempDir = () => path.join(os.tmpdir(), "phoenix4ge-uploads");

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Streams an upload to a temporary file (never the whole file in memory), enforcing the size
 * limit as bytes arrive and hashing on the way; then checks the real type from the bytes, the
 * declared pixel count (before anything is decoded) and that the image decodes. Any refusal is an
 * AppError with a message for the user, and leaves no temporary file behind.
 */
export async function checkUploadStream(
  body: ReadableStream<Uint8Array> | Readable,
  options: UploadLimits = {},
): Promise<CheckedUpload> {
  const maxBytes = options.maxBytes ?? config().MEDIA_MAX_FILE_SIZE;
  const maxPixels = options.maxPixels ?? config().MEDIA_MAX_PIXELS;
  const tmpDir = options.tmpDir ?? defaultUploadTempDir();
  await mkdir(tmpDir, { recursive: true });
  const tempPath = path.join(tmpDir, `${randomUUID()}.upload`);

  try {
    const hash = createHash("sha256");
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        // Fails the pipeline at once, which cancels the request body: the rest is never read.
        if (bytes > maxBytes)
          return callback(
            new AppError("too_large", `The file is larger than the ${megabytes(maxBytes)} limit.`),
          );
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    await pipeline(toNodeReadable(body), meter, createWriteStream(tempPath, { flags: "wx", mode: 0o600 }));
    if (bytes === 0) throw new AppError("invalid", "The file is empty.");

    const type = await sniffType(tempPath);
    const { width, height, pages } = await readDimensions(tempPath, maxPixels);
    // HEIC cannot be decoded by sharp here; it is decoded (or fails with a reason) in processing.
    if (!isHeic(type.mime)) await assertDecodes(tempPath, maxPixels);
    return {
      tempPath,
      sha256: hash.digest("hex"),
      bytes,
      mime: type.mime,
      ext: type.ext,
      width,
      height,
      pages,
    };
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}

async function sniffType(file: string): Promise<{ mime: string; ext: string }> {
  const detected = await fileTypeFromFile(file);
  const accepted = detected && ACCEPTED_IMAGE_TYPES[detected.mime];
  if (accepted) return accepted;
  throw new AppError(
    "unsupported_type",
    `${await describeRefused(file, detected?.ext)} Only ${ACCEPTED_TYPES_LABEL} images can be uploaded.`,
  );
}

/** Says what the file actually is, for the two refusals users meet most (SVG, HTML), whatever its name. */
async function describeRefused(file: string, detectedExt: string | undefined): Promise<string> {
  const handle = await open(file, "r");
  const head = Buffer.alloc(1024);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const text = head.toString("utf8").toLowerCase();
  if (text.includes("<svg")) return "SVG files are not accepted (they can carry scripts).";
  if (/<!doctype html|<html|<head|<body|<script/.test(text))
    return "This file is an HTML document, not an image.";
  if (detectedExt) return `This file is a .${detectedExt} file, not an accepted image type.`;
  return "This file is not an image in an accepted format.";
}

/** Reads only the header: a PNG declaring 50000x50000 is refused here without decoding a pixel. */
async function readDimensions(
  file: string,
  maxPixels: number,
): Promise<{ width: number; height: number; pages: number }> {
  let meta;
  try {
    // Header only, no pixels decoded: the limit is lifted so the check below can say what the size is.
    meta = await openImage(file, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError("invalid", "The file could not be read as an image.");
  }
  const pages = meta.pages ?? 1;
  const frameHeight = meta.pageHeight ?? meta.height;
  if (!meta.width || !frameHeight) throw new AppError("invalid", "The image has no dimensions.");
  const pixels = meta.width * frameHeight * pages;
  if (pixels > maxPixels) {
    const mp = (n: number) => `${Math.round(n / 100_000) / 10} megapixels`;
    const what =
      pages > 1
        ? `${pages} frames of ${meta.width}x${frameHeight} (${mp(pixels)})`
        : `${meta.width}x${frameHeight} (${mp(pixels)})`;
    throw new AppError("invalid", `The image is too large: ${what}; the limit is ${mp(maxPixels)}.`);
  }
  const upright = meta.autoOrient ?? { width: meta.width, height: frameHeight };
  return { width: upright.width, height: pages > 1 ? frameHeight : upright.height, pages };
}

/** A real decode at a tiny size (JPEG and WebP shrink while decoding, so it stays cheap). */
async function assertDecodes(file: string, maxPixels: number): Promise<void> {
  try {
    await openImage(file, { limitInputPixels: maxPixels }).resize(16, 16, { fit: "inside" }).raw().toBuffer();
  } catch {
    throw new AppError("invalid", "The image could not be decoded; the file may be damaged.");
  }
}
