import { htmlResponse } from "@/components/gallery/html-response";
import { renderModelPage } from "@/components/gallery/render-model-page";
import { renderNotFoundPage } from "@/components/gallery/render-not-found-page";
import { cachedPublicModel } from "@/lib/gallery/cached-public-gallery";
import { isPublicPath } from "@/lib/gallery/is-public-path";
import { listStaticGalleryParams } from "@/lib/gallery/list-static-gallery-params";

// A static page, regenerated when `revalidateModel` expires its tags (see README.md in app/(public)).
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listStaticGalleryParams()).models;
}

type Context = { params: Promise<{ model: string }> };

/** `/{model}`: a published model's header, bio and galleries, or 404. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { model } = await params;
  const data = isPublicPath(model) ? await cachedPublicModel(model) : null;
  return data ? htmlResponse(renderModelPage(data)) : htmlResponse(renderNotFoundPage(), 404);
}
