import { htmlResponse } from "@/components/gallery/html-response";
import { renderLandingPage } from "@/components/gallery/render-landing-page";
import { cachedPublicModel, cachedPublicModelSlugs } from "@/lib/gallery/public/cached-public-gallery";
import type { PublicModel } from "@/lib/gallery/public/get-public-model";
import { logger } from "@/lib/logger";

// Static, refreshed by the listing tag (a model published or hidden) and each listed model's tags.
// Hourly as well: a build without a database renders an empty index, which must not stay forever.
export const dynamic = "force-static";
export const revalidate = 3600;

async function publicModels(): Promise<PublicModel[]> {
  try {
    const slugs = await cachedPublicModelSlugs();
    const models = await Promise.all(slugs.map((slug) => cachedPublicModel(slug)));
    return models.filter((model): model is PublicModel => model !== null);
  } catch (error) {
    if (process.env.NEXT_PHASE !== "phase-production-build") throw error;
    logger.warn({ err: error }, "the public index is built empty: the database is not reachable");
    return [];
  }
}

/** `/`: the published models. */
export async function GET(): Promise<Response> {
  return htmlResponse(renderLandingPage(await publicModels()));
}
