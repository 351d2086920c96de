import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/models/slugify";

/** The category's slug, from its name ("Beach & Sun" → "beach-sun"); names of only symbols get "category". */
export function categorySlug(name: string): string {
  return slugify(name) || "category";
}

export function categoryNameTaken(name: string) {
  return new AppError("conflict", `This model already has a category named "${name}".`, { field: "name" });
}
