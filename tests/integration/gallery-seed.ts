// Seeds processed photos straight into the database (real rows, no files): the gallery only reads the
// rows, and the upload pipeline has its own tests.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { MediaStatus, ModerationStatus } from "@/lib/generated/prisma/enums";

export interface SeedPhotoOptions {
  status?: MediaStatus;
  moderationStatus?: ModerationStatus;
  deleted?: boolean;
  filename?: string;
}

/** A photo of `modelId` with a thumbnail and two display widths in WebP and JPEG. */
export async function seedPhoto(modelId: string, options: SeedPhotoOptions = {}) {
  const sha256 = randomBytes(32).toString("hex");
  const ready = (options.status ?? "READY") === "READY";
  return db.mediaItem.create({
    data: {
      modelId,
      filename: options.filename ?? `photo-${sha256.slice(0, 6)}.jpg`,
      altText: `Photo ${sha256.slice(0, 6)}`,
      originalKey: `originals/${modelId}/${sha256}.jpg`,
      mime: "image/jpeg",
      bytes: 123_456,
      sha256,
      width: 1800,
      height: 1200,
      status: options.status ?? "READY",
      moderationStatus: options.moderationStatus ?? "APPROVED",
      placeholder: "1QcSHQRnh493V4dIh4eXh1h4kJUI",
      dominantColor: "#8a7a6b",
      deletedAt: options.deleted ? new Date() : null,
      variants: ready
        ? {
            create: [
              { kind: "THUMB", format: "WEBP", width: 400, height: 400 },
              { kind: "DISPLAY", format: "WEBP", width: 640, height: 427 },
              { kind: "DISPLAY", format: "WEBP", width: 1280, height: 853 },
              { kind: "DISPLAY", format: "JPEG", width: 640, height: 427 },
              { kind: "DISPLAY", format: "JPEG", width: 1280, height: 853 },
            ].map((v) => ({
              ...v,
              kind: v.kind as "THUMB" | "DISPLAY",
              format: v.format as "WEBP" | "JPEG",
              bytes: 10_000,
              storageKey: `public/${sha256}/1/${v.kind === "THUMB" ? "thumb" : `w${v.width}`}.${v.format === "WEBP" ? "webp" : "jpg"}`,
            })),
          }
        : undefined,
    },
  });
}
