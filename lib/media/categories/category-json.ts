/** A category as the API answers it; `count` is its photos outside the trash. */
export interface CategoryJson {
  id: string;
  slug: string;
  name: string;
  color: string;
  count: number;
}

export function categoryJson(
  category: { id: string; slug: string; name: string; color: string },
  count: number,
): CategoryJson {
  return { id: category.id, slug: category.slug, name: category.name, color: category.color, count };
}

/** What the audit keeps of a category. */
export function categorySummary(category: { slug: string; name: string; color: string }) {
  return { slug: category.slug, name: category.name, color: category.color };
}
