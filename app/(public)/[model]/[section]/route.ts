import { htmlResponse } from "@/components/gallery/html-response";
import { renderNotFoundPage } from "@/components/gallery/render-not-found-page";
import { renderSectionPage } from "@/components/gallery/render-section-page";
import { cachedPublicSection } from "@/lib/gallery/cached-public-gallery";
import { isPublicPath } from "@/lib/gallery/is-public-path";
import { listStaticGalleryParams } from "@/lib/gallery/list-static-gallery-params";

// A static page: rendered at build time for the sections published then, on first request for the
// others, and kept until `revalidateModel` expires its tags (see README.md beside this folder).
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listStaticGalleryParams()).sections;
}

type Context = { params: Promise<{ model: string; section: string }> };

/** `/{model}/{section}`: the photos of a published section of a published model, or 404. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { model, section } = await params;
  const data = isPublicPath(model, section) ? await cachedPublicSection(model, section) : null;
  return data ? htmlResponse(renderSectionPage(data)) : htmlResponse(renderNotFoundPage(), 404);
}
