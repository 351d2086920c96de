// Crafted library rows for the library tests: real rows (no files), each field set so one filter or
// sort tells them apart.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { MediaStatus, ModerationStatus } from "@/lib/generated/prisma/enums";
import { buildSearchText } from "@/lib/media/library/search-text";

export interface LibraryPhoto {
  filename: string;
  createdAt: string;
  title?: string;
  altText?: string;
  caption?: string;
  tags?: string[];
  width?: number | null;
  height?: number | null;
  takenAt?: string | null;
  gps?: boolean;
  bytes?: number;
  viewCount?: number;
  status?: MediaStatus;
  moderationStatus?: ModerationStatus;
  uploadedById?: string | null;
  deleted?: boolean;
}

/** One photo row of `modelId` with its tags and search text, as an upload and later edits leave it. */
export async function seedLibraryPhoto(modelId: string, photo: LibraryPhoto) {
  const sha256 = randomBytes(32).toString("hex");
  const tags = [...(photo.tags ?? [])].sort();
  return db.mediaItem.create({
    data: {
      modelId,
      filename: photo.filename,
      title: photo.title ?? "",
      altText: photo.altText ?? "",
      caption: photo.caption ?? "",
      searchText: buildSearchText({ ...photo, tags }),
      originalKey: `originals/${modelId}/${sha256}.jpg`,
      mime: "image/jpeg",
      bytes: photo.bytes ?? 1000,
      sha256,
      width: photo.width === undefined ? 1800 : photo.width,
      height: photo.height === undefined ? 1200 : photo.height,
      status: photo.status ?? "READY",
      moderationStatus: photo.moderationStatus ?? "APPROVED",
      takenAt: photo.takenAt ? new Date(photo.takenAt) : null,
      gpsLatitude: photo.gps ? 48.85 : null,
      gpsLongitude: photo.gps ? 2.35 : null,
      viewCount: photo.viewCount ?? 0,
      uploadedById: photo.uploadedById ?? null,
      createdAt: new Date(photo.createdAt),
      deletedAt: photo.deleted ? new Date() : null,
      tags: { create: tags.map((tag) => ({ tag, modelId })) },
    },
  });
}
