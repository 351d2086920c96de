import { Readable } from "node:stream";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { mediaDownloadQuerySchema } from "@/lib/media/download/download-query";
import { streamMediaZip } from "@/lib/media/download/stream-media-zip";
import { attachmentDisposition, PRIVATE_NO_STORE } from "@/lib/media/serve/serve-stored-file";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * `?ids=a,b,c` or `?<filter keys>`, `&variant=original|public` → a streamed `application/zip` of the
 * photos' originals (default) or largest public JPEGs, named by their filenames; at most 10,000 photos.
 */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug } = await params;
  const query = mediaDownloadQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { archive, filename } = await streamMediaZip(staff, slug, query);
  // A visitor who leaves mid-download stops the archive (and the file it is reading).
  request.signal.addEventListener("abort", () => archive.destroy(), { once: true });
  return new Response(Readable.toWeb(archive) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": attachmentDisposition(filename),
      "cache-control": PRIVATE_NO_STORE,
      "x-content-type-options": "nosniff",
    },
  });
});
