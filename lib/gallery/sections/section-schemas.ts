import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/models/schemas";

/** Section slugs that would collide with files Next serves under `/{model}/`. */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([
  "apple-icon",
  "icon",
  "opengraph-image",
  "robots",
  "sitemap",
  "twitter-image",
]);

/** The most photos one section holds; a portfolio page beyond this is too heavy to be useful. */
export const MAX_SECTION_ITEMS = 500;

export const sectionSlugSchema = z
  .string()
  .trim()
  .min(1, "Enter a slug.")
  .max(SLUG_MAX_LENGTH, `Keep the slug to ${SLUG_MAX_LENGTH} characters or fewer.`)
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, like summer-2024.")
  .refine((slug) => !RESERVED_SECTION_SLUGS.has(slug), "That slug is reserved by the site. Choose another.");

const title = z.string().trim().min(1, "Enter a title.").max(120, "Keep the title to 120 characters.");
const description = z.string().trim().max(5000, "Keep the description to 5000 characters.");
const id = z.string().trim().min(1).max(64);

export const createSectionSchema = z.object({
  slug: sectionSlugSchema,
  title,
  description: description.default(""),
  published: z.boolean().default(false),
});
export type CreateSectionInput = z.input<typeof createSectionSchema>;

/** Any subset; `coverId: null` goes back to the first photo as the cover. The slug stays (it is the address). */
export const updateSectionSchema = z
  .object({
    title: title.optional(),
    description: description.optional(),
    published: z.boolean().optional(),
    coverId: id.nullable().optional(),
  })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Nothing to change.");
export type UpdateSectionInput = z.input<typeof updateSectionSchema>;

function uniqueIds(what: string, max: number) {
  return z
    .array(id)
    .max(max, `A section holds at most ${max} photos.`)
    .refine((ids) => new Set(ids).size === ids.length, `Each ${what} can be listed only once.`);
}

/** The whole ordered list of a section's photos. */
export const setSectionItemsSchema = z.object({ mediaIds: uniqueIds("photo", MAX_SECTION_ITEMS) });
export type SetSectionItemsInput = z.input<typeof setSectionItemsSchema>;

/** Photos to append to a section, in this order. */
export const addSectionItemsSchema = z.object({
  mediaIds: uniqueIds("photo", MAX_SECTION_ITEMS).refine(
    (ids) => ids.length > 0,
    "Choose at least one photo.",
  ),
});
export type AddSectionItemsInput = z.input<typeof addSectionItemsSchema>;

/** Every section of a model by slug, in the new order. */
export const reorderSectionsSchema = z.object({
  order: z
    .array(z.string().trim().min(1).max(SLUG_MAX_LENGTH))
    .max(1000)
    .refine((slugs) => new Set(slugs).size === slugs.length, "Each section can be listed only once."),
});
export type ReorderSectionsInput = z.input<typeof reorderSectionsSchema>;
