import { z } from "zod";
import { MediaStatus, ModerationStatus } from "@/lib/generated/prisma/enums";

// The one description of "which photos": the library's URL, `GET /api/models/{slug}/media`, bulk jobs
// chosen by filter and ZIP downloads all parse it here, so a bookmarked view, an API call and "select all
// N matching" always mean the same set. Values arrive as query-string text or as JSON; both parse.

/** Empty text means "not set" (a cleared field in the URL), not "match the empty string". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const id = z.string().regex(/^[a-z0-9]{8,40}$/i, "must be an id");

/** `1`/`0`, `true`/`false` (text or JSON). */
const flag = z.union([
  z.boolean(),
  z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true"),
]);

/** A day (`2026-01-31`) or an ISO instant; a bare day means the whole day in UTC. */
const dateBound = (end: "from" | "to") =>
  z
    .string()
    .max(40)
    .transform((text, ctx) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
      const date = new Date(day ? `${text}T00:00:00.000Z` : text);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: "must be a date like 2026-01-31" });
        return z.NEVER;
      }
      // `to=2026-01-31` includes that whole day.
      return day && end === "to" ? new Date(date.getTime() + 86_400_000 - 1) : date;
    });

export const MEDIA_SORTS = ["createdAt", "takenAt", "filename", "bytes", "views"] as const;
export type MediaSort = (typeof MEDIA_SORTS)[number];
export const ORIENTATIONS = ["landscape", "portrait", "square"] as const;

export const mediaFilterShape = {
  /** Free text over filename, title, alt text, caption and tags (every word must match, as a prefix). */
  q: optional(z.string().trim().max(200)),
  status: optional(z.enum(MediaStatus)),
  moderation: optional(z.enum(ModerationStatus)),
  /** A category id of the model. */
  category: optional(id),
  /** A gallery section id of the model. */
  section: optional(id),
  tag: optional(z.string().trim().min(1).max(64)),
  from: optional(dateBound("from")),
  to: optional(dateBound("to")),
  /** Which date `from`/`to` bound: the upload (default) or when the photo was taken (EXIF). */
  dateField: optional(z.enum(["uploaded", "taken"])),
  orientation: optional(z.enum(ORIENTATIONS)),
  /** Has GPS coordinates (`1`) or has none (`0`). */
  gps: optional(flag),
  /** A staff user id. */
  uploadedBy: optional(id),
  /** Only photos with at least one near-duplicate in the model. */
  duplicates: optional(flag),
  /** Only photos near-identical to this photo id (the "similar photos" filter). */
  similarTo: optional(id),
  /** The trash (`1`) instead of the library. */
  deleted: optional(flag),
};

/** Which photos, without paging. Unknown keys are refused (422), so a typo never silently matches everything. */
export const mediaFilterSchema = z.strictObject(mediaFilterShape);
export type MediaFilter = z.infer<typeof mediaFilterSchema>;

export const mediaPageShape = {
  sort: optional(z.enum(MEDIA_SORTS)),
  order: optional(z.enum(["asc", "desc"])),
  /** The `nextCursor` of the previous page (opaque). */
  cursor: optional(z.string().min(1).max(500)),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
};

/** Query of `GET /api/models/{slug}/media`. */
export const listMediaQuerySchema = z.strictObject({ ...mediaFilterShape, ...mediaPageShape });
export type ListMediaQuery = z.infer<typeof listMediaQuerySchema>;

/** Query of `GET /api/media` (every model the caller may see): the same, plus an optional model slug. */
export const listAllMediaQuerySchema = z.strictObject({
  ...mediaFilterShape,
  ...mediaPageShape,
  model: optional(z.string().trim().min(1).max(191)),
});
export type ListAllMediaQuery = z.infer<typeof listAllMediaQuerySchema>;

/** The filter as URL query text (what the library puts in its address and sends to the API). */
export function filterToSearchParams(filter: Partial<Record<keyof MediaFilter, unknown>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === "") continue;
    // `gps=0` means "without GPS"; the other flags are off by default, so false is simply left out.
    if (value === false) {
      if (key === "gps") params.set(key, "0");
      continue;
    }
    if (value instanceof Date) params.set(key, value.toISOString());
    else if (value === true) params.set(key, "1");
    else params.set(key, String(value));
  }
  return params;
}
