import { z } from "zod";
import { MAX_BULK_IDS } from "@/lib/media/bulk/bulk-schemas";
import { mediaFilterShape } from "@/lib/media/library/media-query";

const ids = z
  .string()
  .transform((text) => [
    ...new Set(
      text
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(/^[a-z0-9]{8,40}$/i, "must be ids separated by commas"))
      .min(1)
      .max(MAX_BULK_IDS, `at most ${MAX_BULK_IDS} photos per download`),
  );

/**
 * Query of `GET /api/models/{slug}/media/download`: `ids=a,b,c` or the library's filter keys (none: the
 * whole library), and which file of each photo: its `original` (default) or the largest `public` JPEG.
 */
export const mediaDownloadQuerySchema = z
  .strictObject({
    ...mediaFilterShape,
    ids: ids.optional(),
    variant: z.enum(["original", "public"]).default("original"),
  })
  .superRefine((query, ctx) => {
    if (!query.ids) return;
    const filterKeys = Object.keys(mediaFilterShape).filter(
      (key) => query[key as keyof typeof mediaFilterShape] !== undefined,
    );
    if (filterKeys.length)
      ctx.addIssue({
        code: "custom",
        message: `give ids or filter keys, not both (${filterKeys.join(", ")})`,
      });
  });

export type MediaDownloadQuery = z.infer<typeof mediaDownloadQuerySchema>;
