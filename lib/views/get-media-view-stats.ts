import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getMediaOrThrow } from "@/lib/media/library/get-media-or-throw";
import { tallyViewDays, viewWindowStart, type ViewTotals } from "./tally-view-days";

/** How often the public opened one photo in a gallery's lightbox. */
export interface MediaViewStats extends ViewTotals {
  today: number;
}

/**
 * Lightbox views of one photo of the model `slug` (wherever it was opened), for staff who may see the
 * model; 404 otherwise, exactly like the photo itself. Days are UTC, like the counts.
 */
export async function getMediaViewStats(
  user: StaffUser,
  slug: string,
  mediaId: string,
  now = new Date(),
): Promise<MediaViewStats> {
  const item = await getMediaOrThrow(user, slug, mediaId);
  const [recent, allTime] = await Promise.all([
    db.mediaViewDay.findMany({
      where: { mediaId: item.id, day: { gte: viewWindowStart(now) } },
      select: { day: true, count: true },
    }),
    db.mediaViewDay.aggregate({ where: { mediaId: item.id }, _sum: { count: true } }),
  ]);
  const { today, last7, last30 } = tallyViewDays(recent, now);
  return { today, last7, last30, total: allTime._sum.count ?? 0 };
}
