// The public queries behind Next's data cache, each tagged with the tags `revalidateModel` expires
// (lib/gallery/public/cache-tags.ts). A page that calls them collects their tags, so its own cached render is
// dropped with the data: a change in one model never touches another model's pages.
//
// `unstable_cache`, not "use cache": "use cache" needs `cacheComponents`, which changes how every
// admin page renders; the public pages are static route handlers and need none of it.
import { unstable_cache } from "next/cache";
import { listingTags, modelPageTags, sectionPageTags } from "./cache-tags";
import { getPublicModel } from "./get-public-model";
import { getPublicSection } from "./get-public-section";
import { listPublicModelSlugs } from "./list-public-model-slugs";

/** The published models' slugs; refreshed when a model or section is (un)published. */
export function cachedPublicModelSlugs(): Promise<string[]> {
  return unstable_cache(() => listPublicModelSlugs(), ["gallery-public-model-slugs"], {
    tags: listingTags(),
  })();
}

/** `getPublicModel`, cached until the model page's tags are revalidated. */
export function cachedPublicModel(modelSlug: string) {
  return unstable_cache(() => getPublicModel(modelSlug), ["gallery-public-model", modelSlug], {
    tags: modelPageTags(modelSlug),
  })();
}

/** `getPublicSection`, cached until the section page's tags are revalidated. */
export function cachedPublicSection(modelSlug: string, sectionSlug: string) {
  return unstable_cache(
    () => getPublicSection(modelSlug, sectionSlug),
    ["gallery-public-section", modelSlug, sectionSlug],
    { tags: sectionPageTags(modelSlug, sectionSlug) },
  )();
}
