import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A model's sections the public sees, in the staff's order. The model page's cards and every section
 * page's navigation spread this into their `sections` query (adding `select`), so they list the same
 * sections in the same order.
 */
export const PUBLISHED_SECTIONS = {
  where: { published: true },
  orderBy: [{ position: "asc" }, { createdAt: "asc" }],
} satisfies Prisma.GallerySectionFindManyArgs;
