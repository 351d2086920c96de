import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getModelOrThrow, type ModelAccess } from "@/lib/models/get-model-or-throw";

/**
 * The section `sectionSlug` of model `modelSlug` if `user` may see the model (404 otherwise, for the
 * model and the section alike); with `{ write: true }` viewers get 403. Returns the model too.
 */
export async function getSectionOrThrow(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  access: ModelAccess = {},
) {
  const model = await getModelOrThrow(user, modelSlug, access);
  // The model lookup above is scoped to the user; the section is looked up inside that model only.
  const section = await db.gallerySection.findUnique({
    where: { modelId_slug: { modelId: model.id, slug: sectionSlug } },
  });
  if (!section) throw notFound("Section");
  return { model, section };
}
