import { getStaffFromHeaders } from "@/lib/auth/get-staff";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/json-error";
import { ENCODERS } from "@/lib/media/derive/encode-variant";
import { findVariantForRequest } from "@/lib/media/serve/find-variant-for-request";
import {
  PRIVATE_NO_STORE,
  PUBLIC_IMMUTABLE,
  PUBLIC_VARIANT_CDN,
  redirectTo,
  serveStoredFile,
} from "@/lib/media/serve/serve-stored-file";
import { variantKeyFromUrlParts } from "@/lib/media/serve/variant-url";
import { getStorage } from "@/lib/storage/get-storage";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ mediaId: string; revision: string; file: string }> };

/**
 * A public variant, `/api/files/<mediaId>/<revision>/<name>.<ext>`. Anyone gets the variants of a
 * READY, approved, non-deleted photo of a published model (the pages' filter), immutable for
 * browsers but kept only briefly by CDNs so a rejection takes hold (PUBLIC_IMMUTABLE,
 * PUBLIC_VARIANT_CDN); staff who may see the model get every variant, uncached; everyone else
 * gets 404, as for a file that never existed.
 */
async function serve(request: Request, { params }: Context): Promise<Response> {
  const { mediaId, revision, file } = await params;
  const key = variantKeyFromUrlParts(mediaId, revision, file);
  const variant = key && (await findVariantForRequest(key, () => getStaffFromHeaders(request.headers)));
  if (!variant) throw notFound("File");
  const cacheControl = variant.public ? PUBLIC_IMMUTABLE : PRIVATE_NO_STORE;
  const cdnCacheControl = variant.public ? PUBLIC_VARIANT_CDN : undefined;
  const storage = getStorage();
  if (storage.driver !== "local") {
    const url = variant.public
      ? storage.publicUrl(variant.storageKey)
      : await storage.signedUrl?.(variant.storageKey, 300);
    if (url) return redirectTo(url, cacheControl, cdnCacheControl);
  }
  return serveStoredFile(request, storage, variant.storageKey, {
    cacheControl,
    cdnCacheControl,
    contentType: ENCODERS[variant.format].contentType,
  });
}

/** A refusal today may be a file tomorrow (once approved): no cache may keep the 404. */
function uncachedErrors(handler: (request: Request, context: Context) => Promise<Response>) {
  const wrapped = route(handler);
  return async (request: Request, context: Context) => {
    const response = await wrapped(request, context);
    if (response.status >= 400) response.headers.set("cache-control", "no-store");
    return response;
  };
}

export const GET = uncachedErrors(serve);
export const HEAD = uncachedErrors(serve);
