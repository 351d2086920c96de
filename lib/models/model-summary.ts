import type { Model } from "@/lib/generated/prisma/client";

/** The fields of a model shown to API callers and kept in audit entries. */
export function modelSummary(model: Pick<Model, "id" | "slug" | "displayName" | "bio" | "published">) {
  return {
    id: model.id,
    slug: model.slug,
    displayName: model.displayName,
    bio: model.bio,
    published: model.published,
  };
}
