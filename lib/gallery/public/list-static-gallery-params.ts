import { logger } from "@/lib/logger";
import { getPublicModel } from "./get-public-model";
import { listPublicModelSlugs } from "./list-public-model-slugs";

export interface StaticGalleryParams {
  models: { model: string }[];
  sections: { model: string; section: string }[];
}

/**
 * The public pages to render at build time: published models and their published sections that show
 * at least one photo. A build must not depend on the database (an empty or unreachable one gives no
 * pages; they are then rendered on their first request), so any failure yields nothing.
 */
export async function listStaticGalleryParams(): Promise<StaticGalleryParams> {
  try {
    const models = await listPublicModelSlugs();
    const sections: StaticGalleryParams["sections"] = [];
    for (const slug of models) {
      const model = await getPublicModel(slug);
      for (const section of model?.sections ?? []) sections.push({ model: slug, section: section.slug });
    }
    return { models: models.map((model) => ({ model })), sections };
  } catch (error) {
    logger.warn({ err: error }, "gallery pages left for their first request: the database is not reachable");
    return { models: [], sections: [] };
  }
}
