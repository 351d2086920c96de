import { db } from "@/lib/db";
import { PUBLIC_MEDIA_WHERE } from "@/lib/gallery/public/public-media-where";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";
import { utcDay } from "./utc-day";
import type { ViewBeacon } from "./view-schemas";

/**
 * Counts one view of a public section, or of one of its photos, for the UTC day of `now`. Only what the
 * public can see counts: a published section of a published model, a ready, approved, not deleted photo
 * placed in it. Returns whether it counted. One atomic upsert per view, so concurrent views all count.
 */
export async function recordView(view: ViewBeacon, now = new Date()): Promise<boolean> {
  const section = await db.gallerySection.findFirst({
    where: { slug: view.section, published: true, model: { slug: view.model, published: true } },
    select: { id: true, modelId: true },
  });
  if (!section) return false;
  const day = utcDay(now);
  if (view.photo === undefined) {
    await db.$executeRaw`INSERT INTO SectionViewDay (sectionId, day, count) VALUES (${section.id}, ${day}, 1) ON DUPLICATE KEY UPDATE count = count + 1`;
    return true;
  }
  const item = await db.galleryItem.findFirst({
    where: {
      sectionId: section.id,
      mediaId: view.photo,
      media: { ...PUBLIC_MEDIA_WHERE, modelId: section.modelId },
    },
    select: { mediaId: true },
  });
  if (!item) return false;
  // The running total on the photo is what the library sorts by; both move together or not at all.
  // The photo's row is locked first: the day row's foreign-key check would otherwise hold a shared lock
  // on it that concurrent views each try to upgrade, a deadlock.
  await withDeadlockRetry(() =>
    db.$transaction([
      db.$executeRaw`UPDATE MediaItem SET viewCount = viewCount + 1 WHERE id = ${item.mediaId}`,
      db.$executeRaw`INSERT INTO MediaViewDay (mediaId, day, count) VALUES (${item.mediaId}, ${day}, 1) ON DUPLICATE KEY UPDATE count = count + 1`,
    ]),
  );
  return true;
}
