import type { GallerySection } from "@/lib/generated/prisma/client";

/** The fields of a section shown to API callers and kept in audit entries. */
export function sectionSummary(
  section: Pick<
    GallerySection,
    "id" | "slug" | "title" | "description" | "published" | "position" | "coverId" | "updatedAt"
  >,
) {
  return {
    id: section.id,
    slug: section.slug,
    title: section.title,
    description: section.description,
    published: section.published,
    position: section.position,
    coverId: section.coverId,
    updatedAt: section.updatedAt.toISOString(),
  };
}
