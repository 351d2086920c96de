import { z } from "zod";
import { RESERVED_SLUGS } from "./reserved-slugs";

/** Lowercase words of letters and digits joined by single hyphens: `jane-doe`, `studio-42`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 60;

export { RESERVED_SLUGS };

export const modelSlugSchema = z
  .string()
  .trim()
  .min(1, "Enter a slug.")
  .max(SLUG_MAX_LENGTH, `Keep the slug to ${SLUG_MAX_LENGTH} characters or fewer.`)
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, like jane-doe.")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "That slug is reserved by the site. Choose another.");

const displayName = z
  .string()
  .trim()
  .min(1, "Enter a display name.")
  .max(100, "Keep the name to 100 characters.");
const bio = z.string().trim().max(5000, "Keep the bio to 5000 characters.");

export const createModelSchema = z.object({
  slug: modelSlugSchema,
  displayName,
  bio: bio.default(""),
  published: z.boolean().default(false),
});
export type CreateModelInput = z.input<typeof createModelSchema>;

/** Any subset of fields; the slug can only be changed by owners and admins. */
export const updateModelSchema = z
  .object({
    slug: modelSlugSchema.optional(),
    displayName: displayName.optional(),
    bio: bio.optional(),
    published: z.boolean().optional(),
  })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Nothing to change.");
export type UpdateModelInput = z.input<typeof updateModelSchema>;

export const setModelMembersSchema = z.object({
  userIds: z
    .array(z.string().min(1).max(64))
    .max(500)
    .transform((ids) => [...new Set(ids)]),
});
export type SetModelMembersInput = z.input<typeof setModelMembersSchema>;

export const listModelsQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
});
