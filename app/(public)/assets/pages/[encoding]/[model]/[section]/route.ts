import {
  encodedPageResponse,
  isPageEncoding,
  renderSectionRoute,
} from "@/components/gallery/gallery-page-response";
import { htmlResponse } from "@/components/gallery/html-response";
import { renderNotFoundPage } from "@/components/gallery/render-not-found-page";
import { listStaticGalleryParams } from "@/lib/gallery/public/list-static-gallery-params";
import { STORED_PAGE_ENCODINGS } from "@/lib/gallery/public/public-page-routing";

// `/{model}/{section}` for browsers that accept `encoding`: next.config.ts rewrites it here, and this
// static page stores the compressed bytes, tagged and regenerated exactly like the plain one.
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  const { sections } = await listStaticGalleryParams();
  return STORED_PAGE_ENCODINGS.flatMap((encoding) => sections.map((params) => ({ encoding, ...params })));
}

type Context = { params: Promise<{ encoding: string; model: string; section: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { encoding, model, section } = await params;
  if (!isPageEncoding(encoding)) return htmlResponse(renderNotFoundPage(), 404);
  return encodedPageResponse(await renderSectionRoute(model, section), encoding);
}
