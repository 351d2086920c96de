const UNIT_MS: Record<string, number> = {
  w: 7 * 24 * 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  h: 60 * 60 * 1000,
  m: 60 * 1000,
  s: 1000,
  ms: 1,
};

/**
 * The SDK writes sleeps and timeouts as `"1h30m"`, `"5s"` (its own format, which the `ms` package
 * cannot read) or as an ISO date for `sleepUntil`. Returns the moment that string means, counted from
 * `from`. An empty string (a zero duration) is `from` itself.
 */
export function resolveTimeString(value: string | number | undefined | null, from: Date): Date {
  if (value === undefined || value === null || value === "") return from;
  if (typeof value === "number") return new Date(from.getTime() + value);
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const date = new Date(trimmed);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (/^\d+$/.test(trimmed)) return new Date(from.getTime() + Number(trimmed));
  const pattern = /(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/g;
  let total = 0;
  let consumed = 0;
  for (const match of trimmed.matchAll(pattern)) {
    total += Number(match[1]) * (UNIT_MS[match[2] as string] ?? 0);
    consumed += match[0].length;
  }
  if (consumed !== trimmed.length) throw new Error(`Unreadable duration "${value}"`);
  return new Date(from.getTime() + total);
}
