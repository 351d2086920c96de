import { revalidateTag } from "next/cache";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { GALLERY_TAG_PREFIX } from "@/lib/gallery/public/cache-tags";
import { verifyRevalidation } from "@/lib/gallery/public/revalidate-signature";
import { route } from "@/lib/http/json-error";

const bodySchema = z.object({
  tags: z
    .array(
      z
        .string()
        .max(256)
        .refine((tag) => tag.startsWith(GALLERY_TAG_PREFIX), "Only gallery tags can be revalidated here."),
    )
    .min(1)
    .max(200),
});

/**
 * Revalidates gallery cache tags for code running outside a request (jobs run by the embedded executor,
 * scripts): `revalidateTag` only works inside a route handler or server action. Signed by this app only.
 */
export const POST = route(async (request: Request) => {
  const body = await request.text();
  if (!verifyRevalidation(request.headers, body)) {
    throw new AppError("unauthenticated", "This endpoint is for the app itself.");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AppError("invalid", "The request body must be JSON.");
  }
  const { tags } = bodySchema.parse(parsed);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ revalidated: tags });
});
