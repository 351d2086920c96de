import type { MetadataRoute } from "next";
import { cachedPublicModel, cachedPublicModelSlugs } from "@/lib/gallery/public/cached-public-gallery";
import { absoluteUrl } from "@/lib/gallery/public/site-origin";
import { logger } from "@/lib/logger";

// Static like the pages it lists, and refreshed by the same tags; hourly too, in case it was built
// without a database.
export const revalidate = 3600;

/** `/sitemap.xml`: the landing page, every published model and its galleries that show photos. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: MetadataRoute.Sitemap = [{ url: absoluteUrl("/"), changeFrequency: "daily" }];
  try {
    for (const slug of await cachedPublicModelSlugs()) {
      const model = await cachedPublicModel(slug);
      if (!model) continue;
      entries.push({ url: absoluteUrl(`/${model.slug}`), lastModified: model.updatedAt });
      for (const section of model.sections) {
        entries.push({ url: absoluteUrl(`/${model.slug}/${section.slug}`), lastModified: section.updatedAt });
      }
    }
  } catch (error) {
    if (process.env.NEXT_PHASE !== "phase-production-build") throw error;
    logger.warn({ err: error }, "sitemap.xml is built without galleries: the database is not reachable");
  }
  return entries;
}
