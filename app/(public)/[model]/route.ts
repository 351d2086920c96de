import { plainPageResponse, renderModelRoute } from "@/components/gallery/gallery-page-response";
import { listStaticGalleryParams } from "@/lib/gallery/public/list-static-gallery-params";

// A static page, regenerated when `revalidateModel` expires its tags (see README.md in app/(public)).
// Browsers that accept brotli or gzip get the stored compressed copy instead (next.config.ts rewrites).
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listStaticGalleryParams()).models;
}

type Context = { params: Promise<{ model: string }> };

/** `/{model}`: a published model's header, bio and galleries, or 404. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { model } = await params;
  return plainPageResponse(await renderModelRoute(model));
}
