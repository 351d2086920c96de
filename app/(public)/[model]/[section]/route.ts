import { plainPageResponse, renderSectionRoute } from "@/components/gallery/gallery-page-response";
import { listStaticGalleryParams } from "@/lib/gallery/public/list-static-gallery-params";

// A static page: rendered at build time for the sections published then, on first request for the
// others, and kept until `revalidateModel` expires its tags (see README.md beside this folder).
// Browsers that accept brotli or gzip get the stored compressed copy instead (next.config.ts rewrites).
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listStaticGalleryParams()).sections;
}

type Context = { params: Promise<{ model: string; section: string }> };

/** `/{model}/{section}`: the photos of a published section of a published model, or 404. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { model, section } = await params;
  return plainPageResponse(await renderSectionRoute(model, section));
}
