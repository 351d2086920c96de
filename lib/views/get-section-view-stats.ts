import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getSectionOrThrow } from "@/lib/gallery/sections/get-section-or-throw";
import { tallyViewDays, viewWindowStart, type ViewDayTally, type ViewTotals } from "./tally-view-days";

export interface SectionViewStats extends ViewTotals, ViewDayTally {
  /** Views of each photo placed in the section (a photo's views wherever it was opened). */
  photos: Record<string, ViewTotals>;
}

/**
 * Page views of a section and lightbox views of its photos, for staff who may see the model (404
 * otherwise, exactly like the section itself). Days are UTC, like the counts.
 */
export async function getSectionViewStats(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  now = new Date(),
): Promise<SectionViewStats> {
  const { section } = await getSectionOrThrow(user, modelSlug, sectionSlug);
  const since = viewWindowStart(now);
  const items = await db.galleryItem.findMany({
    where: { sectionId: section.id },
    select: { mediaId: true },
  });
  const mediaIds = items.map((item) => item.mediaId);

  const [recent, allTime, photoRecent, photoTotals] = await Promise.all([
    db.sectionViewDay.findMany({
      where: { sectionId: section.id, day: { gte: since } },
      select: { day: true, count: true },
    }),
    db.sectionViewDay.aggregate({ where: { sectionId: section.id }, _sum: { count: true } }),
    db.mediaViewDay.findMany({
      where: { mediaId: { in: mediaIds }, day: { gte: since } },
      select: { mediaId: true, day: true, count: true },
    }),
    db.mediaViewDay.groupBy({ by: ["mediaId"], where: { mediaId: { in: mediaIds } }, _sum: { count: true } }),
  ]);

  const totals = new Map(photoTotals.map((row) => [row.mediaId, row._sum.count ?? 0]));
  const rowsOf = new Map<string, typeof photoRecent>();
  for (const row of photoRecent) {
    const rows = rowsOf.get(row.mediaId);
    if (rows) rows.push(row);
    else rowsOf.set(row.mediaId, [row]);
  }
  const photos: Record<string, ViewTotals> = Object.fromEntries(
    mediaIds.map((id) => {
      const { last7, last30 } = tallyViewDays(rowsOf.get(id) ?? [], now);
      return [id, { last7, last30, total: totals.get(id) ?? 0 }];
    }),
  );

  return { ...tallyViewDays(recent, now), total: allTime._sum.count ?? 0, photos };
}
