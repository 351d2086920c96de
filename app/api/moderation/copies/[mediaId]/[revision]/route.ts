import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/json-error";
import { PRIVATE_NO_STORE, redirectTo, serveStoredFile } from "@/lib/media/serve/serve-stored-file";
import { verifySignedUrl } from "@/lib/moderation/sign-url";
import { getStorage } from "@/lib/storage/get-storage";
import { moderationCopyKey } from "@/lib/storage/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ mediaId: string; revision: string }> };

/**
 * The private moderation copy of one revision, for the external provider only: the URL must carry a
 * valid, unexpired signature (made when the job was submitted, 15 minutes); anything else is 403.
 * Never cached anywhere.
 */
async function serve(request: Request, { params }: Context): Promise<Response> {
  verifySignedUrl(request.url);
  const { mediaId, revision } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(mediaId) || !/^[1-9]\d{0,8}$/.test(revision)) throw notFound("File");
  const key = moderationCopyKey(mediaId, Number(revision));
  const storage = getStorage();
  if (storage.driver !== "local") {
    if (!(await storage.exists(key))) throw notFound("File");
    const url = await storage.signedUrl?.(key, 300);
    if (url) return redirectTo(url, PRIVATE_NO_STORE);
  }
  return serveStoredFile(request, storage, key, {
    cacheControl: PRIVATE_NO_STORE,
    contentType: "image/jpeg",
  });
}

export const GET = route(serve);
export const HEAD = route(serve);
