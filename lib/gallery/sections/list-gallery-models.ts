import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { modelScope } from "@/lib/models/model-scope";
import { PUBLIC_MEDIA_WHERE } from "../public/public-media-where";

export interface GalleryModelRow {
  slug: string;
  displayName: string;
  published: boolean;
  sectionCount: number;
  publishedSectionCount: number;
  /** Photos ready to be placed in a section. */
  approvedCount: number;
}

/** The models the user may see, by name, with what their galleries hold: the galleries start page. */
export async function listGalleryModels(user: StaffUser): Promise<GalleryModelRow[]> {
  const models = await db.model.findMany({
    where: modelScope(user),
    orderBy: [{ displayName: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      displayName: true,
      published: true,
      _count: { select: { sections: true, media: { where: PUBLIC_MEDIA_WHERE } } },
    },
  });
  const published = await db.gallerySection.groupBy({
    by: ["modelId"],
    where: { published: true, model: modelScope(user) },
    _count: { _all: true },
  });
  const publishedByModel = new Map(published.map((row) => [row.modelId, row._count._all]));
  return models.map((model) => ({
    slug: model.slug,
    displayName: model.displayName,
    published: model.published,
    sectionCount: model._count.sections,
    publishedSectionCount: publishedByModel.get(model.id) ?? 0,
    approvedCount: model._count.media,
  }));
}
