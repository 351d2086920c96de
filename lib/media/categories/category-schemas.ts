import { z } from "zod";

export const DEFAULT_CATEGORY_COLOR = "#71717a";

const name = z.string().trim().min(1, "a category needs a name").max(191);
const color = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, "must be a colour like #71717a");

/** Body of `POST /api/models/{slug}/categories`. */
export const createCategorySchema = z.strictObject({ name, color: color.optional() });
export type CreateCategoryInput = z.input<typeof createCategorySchema>;

/** Body of `PATCH /api/models/{slug}/categories/{id}`: only the fields sent change. */
export const updateCategorySchema = z.strictObject({ name: name.optional(), color: color.optional() });
export type UpdateCategoryInput = z.input<typeof updateCategorySchema>;
