import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { modelScope } from "./model-scope";

/** Counts shown beside a model: photos (not deleted), gallery sections and assigned staff. */
export async function getModelStats(user: StaffUser, modelId: string) {
  const model = await db.model.findFirst({
    where: { AND: [{ id: modelId }, modelScope(user)] },
    select: {
      createdAt: true,
      _count: { select: { media: { where: { deletedAt: null } }, sections: true, members: true } },
    },
  });
  if (!model) throw notFound("Model");
  return {
    createdAt: model.createdAt,
    photos: model._count.media,
    sections: model._count.sections,
    members: model._count.members,
  };
}
