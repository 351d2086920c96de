import { isManager } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { inngest } from "@/lib/jobs/client";
import { mediaBulkRequested } from "@/lib/jobs/events";
import { logger } from "@/lib/logger";
import { mediaWhere } from "@/lib/media/library/media-where";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { bulkRequestSchema, MANAGER_ACTIONS } from "./bulk-schemas";

/** Checks that the action's categories or section belong to the model (422 naming them otherwise). */
async function assertArgsOfModel(modelId: string, args: { categoryIds?: string[]; sectionId?: string }) {
  if (args.categoryIds) {
    const found = await db.category.findMany({
      where: { id: { in: args.categoryIds }, modelId },
      select: { id: true },
    });
    const known = new Set(found.map((c) => c.id));
    const unknown = args.categoryIds.filter((id) => !known.has(id));
    if (unknown.length)
      throw new AppError("invalid", `categoryIds: not categories of this model: ${unknown.join(", ")}.`);
  }
  if (args.sectionId) {
    const section = await db.gallerySection.findFirst({ where: { id: args.sectionId, modelId } });
    if (!section) throw new AppError("invalid", "sectionId: not a gallery section of this model.");
  }
}

/**
 * Starts a bulk action over photos of the model `slug`, chosen by ids or by the library's filter: checks
 * who may (viewers 403; delete, approve and reject owners and admins only) and the input (422), counts
 * the photos now, stores a QUEUED BulkJob and sends `media/bulk.requested` to the `bulk-media` function.
 */
export async function createBulkJob(user: StaffUser, slug: string, input: unknown) {
  const model = await getModelOrThrow(user, slug, { write: true });
  const { action, ids, filter, ...args } = bulkRequestSchema.parse(input);
  if (MANAGER_ACTIONS.includes(action) && !isManager(user))
    throw forbidden("Only owners and admins may do that.");
  await assertArgsOfModel(model.id, args as { categoryIds?: string[]; sectionId?: string });

  const total = ids ? ids.length : await db.mediaItem.count({ where: mediaWhere(model.id, filter!) });
  const job = await db.bulkJob.create({
    data: {
      modelId: model.id,
      actorId: user.id,
      action,
      args: JSON.stringify(args),
      filter: filter ? JSON.stringify(filter) : null,
      // Ascending, so the job walks them in the same order as a filter (keyset over id).
      ids: ids ? JSON.stringify([...ids].sort()) : null,
      total,
    },
  });
  try {
    await inngest.send(
      mediaBulkRequested.create({ jobId: job.id, modelId: model.id }, { id: `bulk-${job.id}` }),
    );
  } catch (error) {
    logger.error({ err: error, jobId: job.id }, "could not start a bulk job");
    await db.bulkJob.update({ where: { id: job.id }, data: { status: "FAILED", finishedAt: new Date() } });
    throw new AppError("unavailable", "The job could not be started; please try again.");
  }
  return job;
}
