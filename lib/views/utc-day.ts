/** The UTC calendar day of `date` as `YYYY-MM-DD`: views are counted per day, the same day everywhere. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC days from `days - 1` days before `today` to `today`, oldest first. */
export function lastUtcDays(today: Date, days: number): string[] {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, i) => utcDay(new Date(start - (days - 1 - i) * 86_400_000)));
}
