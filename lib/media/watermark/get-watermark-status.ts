import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { toWatermarkDto, type WatermarkDto } from "./watermark-settings-dto";

export type WatermarkProgress = {
  /** Ready photos whose public variants carry the current watermark. */
  done: number;
  /** Ready photos of the model. */
  total: number;
  /** True while a re-derive is still due (`done < total`). */
  active: boolean;
};

export type WatermarkStatus = { watermark: WatermarkDto; reprocessing: WatermarkProgress };

/** Counts which of the model's ready photos carry the current watermark revision. */
export async function countWatermarkProgress(
  modelId: string,
  watermarkRevision: number,
): Promise<WatermarkProgress> {
  const where = { modelId, deletedAt: null, status: "READY" as const };
  const [total, done] = await Promise.all([
    db.mediaItem.count({ where }),
    db.mediaItem.count({ where: { ...where, watermarkRevision: { gte: watermarkRevision } } }),
  ]);
  return { done, total, active: done < total };
}

/** The model's watermark settings and how far the re-derive of its photos has come. */
export async function getWatermarkStatus(user: StaffUser, slug: string): Promise<WatermarkStatus> {
  const model = await getModelOrThrow(user, slug);
  return {
    watermark: toWatermarkDto(model),
    reprocessing: await countWatermarkProgress(model.id, model.watermarkRevision),
  };
}
