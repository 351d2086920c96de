import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { getMediaOrThrow } from "@/lib/media/library/get-media-or-throw";
import { PRIVATE_NO_STORE, redirectTo, serveStoredFile } from "@/lib/media/serve/serve-stored-file";
import { getStorage } from "@/lib/storage/get-storage";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

/** The untouched original, for staff who may see the model only, as a download under its display name. */
async function serve(request: Request, { params }: Context): Promise<Response> {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const item = await getMediaOrThrow(staff, slug, id);
  const storage = getStorage();
  if (storage.signedUrl) return redirectTo(await storage.signedUrl(item.originalKey, 300), PRIVATE_NO_STORE);
  return serveStoredFile(request, storage, item.originalKey, {
    cacheControl: PRIVATE_NO_STORE,
    contentType: item.mime,
    downloadName: item.filename,
  });
}

export const GET = route(serve);
export const HEAD = route(serve);
