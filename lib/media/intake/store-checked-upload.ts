import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inngest } from "@/lib/jobs/client";
import { mediaUploaded } from "@/lib/jobs/events";
import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage/get-storage";
import { originalKey } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";
import type { CheckedUpload } from "./check-upload-stream";
import { sanitizeFilename } from "./sanitize-filename";
import { buildSearchText } from "../library/search-text";
import { mediaDtoInclude, type MediaWithVariants } from "../library/to-media-dto";

const log = logger.child({ domain: "media" });

/**
 * A cuid-like id (lowercase, starts with a letter, 25 characters) chosen before the row exists,
 * because the original's storage key contains it and is written first.
 */
function newMediaId(now = Date.now()): string {
  const time = now.toString(36).padStart(9, "0");
  const random = Array.from(randomBytes(15), (byte) => (byte % 36).toString(36)).join("");
  return `c${time}${random}`;
}

export type StoreUploadInput = {
  model: { id: string };
  /** A checked upload (see `checkUploadStream`); its temporary file is always removed here. */
  intake: CheckedUpload;
  /** The client's name for the file: a display name only. */
  filename: string | null | undefined;
  /** Who uploaded; null for scripts (the demo seed). */
  actor: { id: string } | null;
  ip?: string | null;
  storage?: Storage;
};

function duplicateOf(existing: { id: string; deletedAt: Date | null }): AppError {
  const message = existing.deletedAt
    ? "This photo was uploaded to this model before and then deleted."
    : "This photo is already in this model's library.";
  return new AppError("duplicate", message, { existingId: existing.id });
}

async function findSame(modelId: string, sha256: string) {
  return db.mediaItem.findUnique({
    where: { modelId_sha256: { modelId, sha256 } },
    select: { id: true, deletedAt: true },
  });
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * Takes a checked upload into a model's library: refuses the same bytes twice per model (409 with
 * `existingId`, race-safe through the unique index), stores the original privately under a
 * server-chosen key, creates the item (PROCESSING, moderation PENDING) with its audit entry, and
 * sends `media/uploaded` (event id = media id). Whatever fails leaves nothing behind: no row, no
 * stored original, no temporary file.
 */
export async function storeCheckedUpload(input: StoreUploadInput): Promise<MediaWithVariants> {
  const storage = input.storage ?? getStorage();
  const { intake, model } = input;
  let storedKey: string | null = null;
  let createdId: string | null = null;
  try {
    const same = await findSame(model.id, intake.sha256);
    if (same) throw duplicateOf(same);

    const id = newMediaId();
    const key = originalKey(model.id, id, intake.sha256, intake.ext);
    await storage.put(key, { path: intake.tempPath }, { contentType: intake.mime });
    storedKey = key;

    const filename = sanitizeFilename(input.filename);
    let item: MediaWithVariants;
    try {
      item = await db.$transaction(async (tx) => {
        const created = await tx.mediaItem.create({
          data: {
            id,
            modelId: model.id,
            filename,
            searchText: buildSearchText({ filename }),
            originalKey: key,
            mime: intake.mime,
            bytes: intake.bytes,
            sha256: intake.sha256,
            width: intake.width,
            height: intake.height,
            status: "PROCESSING",
            moderationStatus: "PENDING",
            uploadedById: input.actor?.id ?? null,
          },
          include: mediaDtoInclude,
        });
        await recordAudit(tx, {
          actorId: input.actor?.id ?? null,
          action: "media.upload",
          entityType: "media",
          entityId: id,
          modelId: model.id,
          after: {
            filename,
            mime: intake.mime,
            bytes: intake.bytes,
            sha256: intake.sha256,
            width: intake.width,
            height: intake.height,
          },
          ip: input.ip,
        });
        return created;
      });
    } catch (error) {
      // Two uploads of the same bytes at once: the unique index lets exactly one in.
      const winner = isUniqueViolation(error) ? await findSame(model.id, intake.sha256) : null;
      throw winner ? duplicateOf(winner) : error;
    }
    createdId = id;

    await inngest.send(mediaUploaded.create({ mediaId: id, modelId: model.id }, { id }));
    return item;
  } catch (error) {
    await undo(storage, storedKey, createdId);
    throw error;
  } finally {
    await rm(intake.tempPath, { force: true });
  }
}

/** Removes what an upload wrote before it failed; logs (and keeps the first error) if cleaning fails. */
async function undo(storage: Storage, storedKey: string | null, createdId: string | null): Promise<void> {
  try {
    if (createdId) {
      await db.$transaction([
        db.auditEntry.deleteMany({
          where: { entityType: "media", entityId: createdId, action: "media.upload" },
        }),
        db.mediaItem.deleteMany({ where: { id: createdId } }),
      ]);
    }
    if (storedKey) await storage.delete(storedKey);
  } catch (cleanupError) {
    log.error({ err: cleanupError, storedKey, createdId }, "could not clean up after a failed upload");
  }
}
