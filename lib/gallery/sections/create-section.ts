import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { revalidateModel } from "../public/revalidate-model";
import { createSectionSchema, type CreateSectionInput } from "./section-schemas";
import { sectionSummary } from "./section-summary";

export function sectionSlugTaken(slug: string) {
  return new AppError("conflict", `This model already has a section at "${slug}".`, { field: "slug" });
}

/** Adds a section at the end of the model's sections. 404/403 as for the model, 409 for a taken slug. */
export async function createSection(
  user: StaffUser,
  modelSlug: string,
  input: CreateSectionInput,
  meta: AuditMeta = {},
) {
  const data = createSectionSchema.parse(input);
  const model = await getModelOrThrow(user, modelSlug, { write: true });
  let section;
  try {
    section = await db.$transaction(async (tx) => {
      const last = await tx.gallerySection.aggregate({
        where: { modelId: model.id },
        _max: { position: true },
      });
      const created = await tx.gallerySection.create({
        data: { ...data, modelId: model.id, position: (last._max.position ?? -1) + 1 },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "gallery.section.create",
        entityType: "GallerySection",
        entityId: created.id,
        modelId: model.id,
        after: sectionSummary(created),
        ip: meta.ip,
      });
      return created;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw sectionSlugTaken(data.slug);
    throw error;
  }
  // A draft changes nothing public; a section published at once appears on the model page and sitemap.
  if (section.published) {
    await revalidateModel(
      { modelSlug: model.slug, sections: [section.slug], listing: true },
      "gallery.section.create",
    );
  }
  return section;
}
