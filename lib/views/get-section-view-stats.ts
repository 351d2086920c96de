import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getSectionOrThrow } from "@/lib/gallery/get-section-or-throw";
import { lastUtcDays } from "./utc-day";

export interface ViewTotals {
  last7: number;
  last30: number;
  total: number;
}

export interface SectionViewStats extends ViewTotals {
  today: number;
  /** The last 30 UTC days, oldest first, days without views included. */
  daily: { day: string; count: number }[];
  /** Views of each photo placed in the section (a photo's views wherever it was opened). */
  photos: Record<string, ViewTotals>;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const sum = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

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
  const days = lastUtcDays(now, 30);
  const since = new Date(`${days[0]}T00:00:00Z`);
  const since7 = days[23]!;
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

  const byDay = new Map(recent.map((row) => [dayOf(row.day), row.count]));
  const daily = days.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
  const photos: Record<string, ViewTotals> = Object.fromEntries(
    mediaIds.map((id) => [id, { last7: 0, last30: 0, total: 0 }]),
  );
  for (const row of photoRecent) {
    const totals = photos[row.mediaId]!;
    totals.last30 += row.count;
    if (dayOf(row.day) >= since7) totals.last7 += row.count;
  }
  for (const row of photoTotals) photos[row.mediaId]!.total = row._sum.count ?? 0;

  return {
    today: daily.at(-1)!.count,
    last7: sum(daily.slice(-7)),
    last30: sum(daily),
    total: allTime._sum.count ?? 0,
    daily,
    photos,
  };
}
