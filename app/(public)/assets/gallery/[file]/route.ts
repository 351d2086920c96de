import { LIGHTBOX_FILE, LIGHTBOX_SCRIPT } from "@/components/gallery/client-scripts";
import { PUBLIC_IMMUTABLE } from "@/lib/media/serve/serve-stored-file";

// The lightbox script, built into the app at build time under a name that changes with its content.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: LIGHTBOX_FILE }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== LIGHTBOX_FILE) return new Response("Not found", { status: 404 });
  return new Response(LIGHTBOX_SCRIPT, {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": PUBLIC_IMMUTABLE,
    },
  });
}
