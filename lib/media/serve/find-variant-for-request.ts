import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { PUBLIC_MEDIA_OF_PUBLISHED_MODEL_WHERE } from "@/lib/gallery/public/public-media-where";
import { modelScope } from "@/lib/models/model-scope";

/**
 * The variant stored under `storageKey` if the public may fetch it (its model is published and its photo
 * READY, approved and not deleted, as on the pages) — `{ public: true }` — or else if `staff` may see
 * its model (every state, unpublished models too, for review) — `{ public: false }`. Null when
 * neither: the caller answers 404.
 */
export async function findVariantForRequest(storageKey: string, staff: () => Promise<StaffUser | null>) {
  const open = await db.mediaVariant.findFirst({
    where: { storageKey, media: PUBLIC_MEDIA_OF_PUBLISHED_MODEL_WHERE },
    select: { storageKey: true, format: true },
  });
  if (open) return { ...open, public: true as const };
  const user = await staff();
  if (!user) return null;
  const restricted = await db.mediaVariant.findFirst({
    where: { storageKey, media: { model: modelScope(user) } },
    select: { storageKey: true, format: true },
  });
  return restricted ? { ...restricted, public: false as const } : null;
}
