import { db } from "@/lib/db";

/** The slugs of published models, by name: the public index (landing page, sitemap, static params). */
export async function listPublicModelSlugs(): Promise<string[]> {
  const models = await db.model.findMany({
    where: { published: true },
    orderBy: [{ displayName: "asc" }, { slug: "asc" }],
    select: { slug: true },
  });
  return models.map((model) => model.slug);
}
