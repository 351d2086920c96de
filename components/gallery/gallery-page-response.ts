import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { cachedPublicModel, cachedPublicSection } from "@/lib/gallery/public/cached-public-gallery";
import { isPublicPath } from "@/lib/gallery/public/is-public-path";
import { STORED_PAGE_ENCODINGS } from "@/lib/gallery/public/public-page-routing";
import { htmlResponse } from "./html-response";
import { renderModelPage } from "./render-model-page";
import { renderNotFoundPage } from "./render-not-found-page";
import { renderSectionPage } from "./render-section-page";

/** The encodings public pages are stored in besides plain HTML (see `app/(public)/README.md`). */
export type PageEncoding = (typeof STORED_PAGE_ENCODINGS)[number];

export const isPageEncoding = (value: string): value is PageEncoding =>
  (STORED_PAGE_ENCODINGS as readonly string[]).includes(value);

type RenderedPage = { html: string; status: number };

/** `/{model}`: a published model's header, bio and galleries, or the 404 page. */
export async function renderModelRoute(model: string): Promise<RenderedPage> {
  const data = isPublicPath(model) ? await cachedPublicModel(model) : null;
  return data ? { html: renderModelPage(data), status: 200 } : { html: renderNotFoundPage(), status: 404 };
}

/** `/{model}/{section}`: the photos of a published section of a published model, or the 404 page. */
export async function renderSectionRoute(model: string, section: string): Promise<RenderedPage> {
  const data = isPublicPath(model, section) ? await cachedPublicSection(model, section) : null;
  return data ? { html: renderSectionPage(data), status: 200 } : { html: renderNotFoundPage(), status: 404 };
}

/** The page as plain HTML, for clients that accept no compression we store. */
export function plainPageResponse(page: RenderedPage): Response {
  return htmlResponse(page.html, page.status);
}

/**
 * The page compressed once, when it is rendered, and stored compressed with the static page: every
 * visitor is then served the stored bytes as they are, instead of the server compressing the same
 * 100 KB of HTML again for each request (which cost a third of its throughput).
 */
export function encodedPageResponse(page: RenderedPage, encoding: PageEncoding): Response {
  const raw = Buffer.from(page.html, "utf8");
  const body =
    encoding === "br"
      ? brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : gzipSync(raw, { level: 9 });
  return new Response(new Uint8Array(body), {
    status: page.status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": encoding,
      vary: "Accept-Encoding",
    },
  });
}
