import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { modelScope } from "@/lib/models/model-scope";

/** A bulk job of a model `user` may see; 404 otherwise (as for the model itself). */
export async function getBulkJobOrThrow(user: StaffUser, id: string) {
  const job = await db.bulkJob.findFirst({ where: { id, model: modelScope(user) } });
  if (!job) throw notFound("Job");
  return job;
}
