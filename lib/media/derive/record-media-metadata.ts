import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { fitColumn } from "@/lib/text/fit-column";
import { readMetadata } from "./read-metadata";
import { withOriginalFile } from "./with-original-file";

const column = (value: string | null) => (value ? fitColumn(value) : null);

/**
 * Reads EXIF, GPS, camera, lens, exposure, time taken and ICC from the private original into the
 * item (staff-only fields). Idempotent; never fails on odd metadata. Null when the item is gone.
 */
export async function recordMediaMetadata(mediaId: string, storage: Storage = getStorage()) {
  const item = await db.mediaItem.findUnique({
    where: { id: mediaId },
    select: { originalKey: true, mime: true },
  });
  if (!item) return null;
  const meta = await withOriginalFile(storage, item.originalKey, (file) => readMetadata(file, item.mime));
  await db.mediaItem.update({
    where: { id: mediaId },
    data: {
      metadata: JSON.stringify(meta),
      takenAt: meta.takenAt ? new Date(meta.takenAt) : null,
      cameraMake: column(meta.cameraMake),
      cameraModel: column(meta.cameraModel),
      lens: column(meta.lens),
      gpsLatitude: meta.gps?.latitude ?? null,
      gpsLongitude: meta.gps?.longitude ?? null,
    },
  });
  return { camera: meta.cameraModel ?? meta.cameraMake, takenAt: meta.takenAt, gps: meta.gps !== null };
}
