import { once } from "node:events";
import type { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { MAX_BULK_IDS } from "@/lib/media/bulk/bulk-schemas";
import { mediaWhere } from "@/lib/media/library/media-where";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getStorage } from "@/lib/storage/get-storage";
import type { MediaDownloadQuery } from "./download-query";
import { zipEntryNamer } from "./zip-entry-names";

const log = logger.child({ domain: "media" });

/**
 * A ZIP of photos of the model `slug` (staff who may see it; 404 otherwise), written while it is read:
 * one stored file at a time, each opened only when the archive is ready for it, so neither the archive
 * nor many open files are ever held. Entries are stored uncompressed (photos do not compress; the CPU
 * is better spent elsewhere). A photo whose file is missing is left out and logged. 422 over
 * MAX_BULK_IDS photos.
 */
export async function streamMediaZip(
  user: StaffUser,
  slug: string,
  query: MediaDownloadQuery,
): Promise<{ archive: Readable; filename: string; count: number }> {
  const model = await getModelOrThrow(user, slug);
  const { ids, variant, ...filter } = query;
  const where: Prisma.MediaItemWhereInput = ids
    ? { modelId: model.id, id: { in: ids } }
    : mediaWhere(model.id, filter);
  const count = await db.mediaItem.count({ where });
  if (count > MAX_BULK_IDS)
    throw new AppError("invalid", `${count} photos match; a download holds at most ${MAX_BULK_IDS}.`);
  const photos = await db.mediaItem.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      filename: true,
      originalKey: true,
      createdAt: true,
      variants: {
        where: { kind: "DISPLAY", format: "JPEG" },
        orderBy: { width: "desc" },
        take: 1,
        select: { storageKey: true },
      },
    },
  });

  const nameOf = zipEntryNamer(variant === "public" ? "jpg" : undefined);
  const entries = photos.flatMap((photo) => {
    const key = variant === "public" ? photo.variants[0]?.storageKey : photo.originalKey;
    return key ? [{ id: photo.id, key, name: nameOf(photo.filename), date: photo.createdAt }] : [];
  });

  const storage = getStorage();
  const archive = new ZipArchive({ store: true });
  const closed = once(archive, "close").catch(() => undefined);
  void (async () => {
    for (const entry of entries) {
      if (archive.destroyed) return;
      let source: Readable;
      try {
        source = await storage.get(entry.key);
      } catch (error) {
        log.warn(
          { err: error, mediaId: entry.id, key: entry.key },
          "a photo's file is missing from a ZIP download",
        );
        continue;
      }
      const added = once(archive, "entry");
      archive.append(source, { name: entry.name, date: entry.date });
      await Promise.race([added, closed]);
      if (archive.destroyed) source.destroy();
    }
    await archive.finalize();
  })().catch((error: unknown) => {
    log.error({ err: error, modelId: model.id }, "a ZIP download failed midway");
    archive.destroy(error as Error);
  });

  const day = new Date().toISOString().slice(0, 10);
  return {
    archive,
    filename: `${model.slug}-${variant === "public" ? "photos" : "originals"}-${day}.zip`,
    count,
  };
}
