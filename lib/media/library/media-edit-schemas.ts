import { z } from "zod";

export const TAG_MAX_LENGTH = 64;
export const TAGS_PER_PHOTO = 50;

/** One tag as stored: trimmed, lowercase, at most 64 characters. */
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "a tag must not be empty")
  .max(TAG_MAX_LENGTH, `a tag has at most ${TAG_MAX_LENGTH} characters`);

/** A photo's tags: normalised, duplicates dropped, sorted; at most 50. */
export const tagListSchema = z
  .array(z.unknown())
  .max(200)
  .transform((tags) => tags.filter((tag) => typeof tag !== "string" || tag.trim() !== ""))
  .pipe(z.array(tagSchema))
  .transform((tags) => [...new Set(tags)].sort())
  .refine((tags) => tags.length <= TAGS_PER_PHOTO, `a photo has at most ${TAGS_PER_PHOTO} tags`);

const categoryId = z.string().regex(/^[a-z0-9]{8,40}$/i, "must be a category id");

/** Body of `PATCH /api/models/{slug}/media/{id}`: only the fields sent change. */
export const updateMediaSchema = z.strictObject({
  title: z.string().trim().max(191).optional(),
  altText: z.string().trim().max(1000).optional(),
  caption: z.string().trim().max(2000).optional(),
  tags: tagListSchema.optional(),
  /** Replaces the photo's categories; each must be one of the model's. */
  categoryIds: z
    .array(categoryId)
    .max(100)
    .transform((ids) => [...new Set(ids)])
    .optional(),
});
export type UpdateMediaInput = z.input<typeof updateMediaSchema>;
