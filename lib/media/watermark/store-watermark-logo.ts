import { rm } from "node:fs/promises";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getStorage } from "@/lib/storage/get-storage";
import { watermarkLogoKey } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";
import { isHeic } from "../intake/accepted-image-types";
import type { CheckedUpload } from "../intake/check-upload-stream";
import { requestWatermarkRederive } from "./request-watermark-rederive";

const log = logger.child({ domain: "media" });

/** Logos are small marks: these limits keep rendering one cheap. */
export const LOGO_LIMITS = { maxBytes: 5 * 1024 * 1024, maxPixels: 25_000_000 };

/**
 * Makes a checked image (see `checkUploadStream`) the model's watermark logo: stored privately, the
 * watermark switched to LOGO, `watermarkRevision` bumped and the re-derive started. The previous
 * logo file is removed. The temporary file is always removed; a failure leaves no new file.
 */
export async function storeWatermarkLogo(
  user: StaffUser,
  slug: string,
  intake: CheckedUpload,
  meta: AuditMeta = {},
  storage: Storage = getStorage(),
) {
  let storedKey: string | null = null;
  try {
    const model = await getModelOrThrow(user, slug, { write: true });
    // The logo is rendered by sharp at every derive, and sharp's prebuilt cannot decode HEVC.
    if (isHeic(intake.mime))
      throw new AppError(
        "unsupported_type",
        "A logo cannot be HEIC/HEIF; use PNG (with transparency), WebP or JPEG.",
      );
    const key = watermarkLogoKey(model.id, intake.sha256, intake.ext);
    const previousKey = model.watermarkLogoKey;
    await storage.put(key, { path: intake.tempPath }, { contentType: intake.mime });
    if (key !== previousKey) storedKey = key;

    const updated = await db.$transaction(async (tx) => {
      const changed = await tx.model.update({
        where: { id: model.id },
        data: { watermarkLogoKey: key, watermarkKind: "LOGO", watermarkRevision: { increment: 1 } },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "model.watermark.logo",
        entityType: "model",
        entityId: model.id,
        modelId: model.id,
        before: { kind: model.watermarkKind, logo: previousKey },
        after: { kind: "LOGO", logo: key, bytes: intake.bytes, width: intake.width, height: intake.height },
        ip: meta.ip,
      });
      return changed;
    });
    storedKey = null;
    if (previousKey && previousKey !== key)
      await storage
        .delete(previousKey)
        .catch((error: unknown) => log.warn({ err: error, key: previousKey }, "old logo not removed"));
    await requestWatermarkRederive(updated);
    return updated;
  } catch (error) {
    if (storedKey)
      await storage
        .delete(storedKey)
        .catch((cleanupError: unknown) =>
          log.error({ err: cleanupError, key: storedKey }, "could not remove a logo after a failed save"),
        );
    throw error;
  } finally {
    await rm(intake.tempPath, { force: true });
  }
}
