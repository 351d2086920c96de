import { lastUtcDays, utcDay } from "./utc-day";

/** What staff read for anything counted per day: the all-time total and the last 7 and 30 UTC days. */
export interface ViewTotals {
  last7: number;
  last30: number;
  total: number;
}

/** Per-day counts added up over the 30 UTC days that end on the day of `now`. */
export interface ViewDayTally {
  today: number;
  last7: number;
  last30: number;
  /** The last 30 UTC days, oldest first, days without views included. */
  daily: { day: string; count: number }[];
}

const WINDOW_DAYS = 30;

/** Midnight UTC of the first of the 30 days `tallyViewDays` adds up: older rows need not be read. */
export function viewWindowStart(now: Date): Date {
  return new Date(`${lastUtcDays(now, WINDOW_DAYS)[0]}T00:00:00Z`);
}

/**
 * Adds up per-day view rows into today, the last 7 and the last 30 UTC days ending on the day of
 * `now`. Rows outside that window (older, or after `now`) are left out, so the figures for a given
 * `now` stay the same whatever was counted since.
 */
export function tallyViewDays(rows: readonly { day: Date; count: number }[], now: Date): ViewDayTally {
  const byDay = new Map<string, number>();
  for (const row of rows) {
    const day = utcDay(row.day);
    byDay.set(day, (byDay.get(day) ?? 0) + row.count);
  }
  const daily = lastUtcDays(now, WINDOW_DAYS).map((day) => ({ day, count: byDay.get(day) ?? 0 }));
  const sum = (days: typeof daily) => days.reduce((total, d) => total + d.count, 0);
  return { today: daily.at(-1)!.count, last7: sum(daily.slice(-7)), last30: sum(daily), daily };
}
