type Candidate = { id: string; width: number | null; height: number | null; createdAt: string };

/** The copy to keep: the most pixels, then the oldest upload (the original, not a re-export). */
export function suggestKeeper<T extends Candidate>(items: readonly T[]): T | undefined {
  const pixels = (item: T) => (item.width ?? 0) * (item.height ?? 0);
  return [...items].sort(
    (a, b) =>
      pixels(b) - pixels(a) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1),
  )[0];
}
