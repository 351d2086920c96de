import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { renderWatermarkPreview } from "@/lib/media/watermark/render-watermark-preview";
import { watermarkPreviewQuerySchema } from "@/lib/media/watermark/watermark-schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * A JPEG of the given (unsaved) settings drawn on one of the model's photos by the real watermark
 * code: `?kind=TEXT&text=…&position=BOTTOM_RIGHT&opacity=0.5&scale=0.2&margin=0.02[&mediaId=…][&width=960]`.
 * Missing settings fall back to the saved ones.
 */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { mediaId, width, ...settings } = watermarkPreviewQuerySchema.parse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const jpeg = await renderWatermarkPreview(staff, (await params).slug, settings, { mediaId, width });
  return new NextResponse(new Uint8Array(jpeg), {
    headers: {
      "content-type": "image/jpeg",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
