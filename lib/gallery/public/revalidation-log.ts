/** How a revalidation reached Next's cache. */
export type RevalidationDelivery =
  /** `revalidateTag` inside the request (server action or route handler) that made the change. */
  | "request"
  /** Outside a request (a job run by the embedded executor, a script): through the app's internal route. */
  | "internal-route"
  /** Outside a request in tests, where no app server runs: recorded only. */
  | "skipped"
  /** The internal route could not be reached or refused; logged as an error. */
  | "failed";

export interface RevalidationRecord {
  tags: string[];
  delivery: RevalidationDelivery;
  /** What made the change, e.g. `section.items.set`. */
  reason: string;
}

const MAX_RECORDS = 500;
const globalForLog = globalThis as unknown as { galleryRevalidations?: RevalidationRecord[] };

/**
 * Keeps the latest revalidations of this process in memory, so tests (and a debugger) can see exactly
 * which tags a change invalidated. Bounded; costs nothing worth turning off in production.
 */
export function recordRevalidation(record: RevalidationRecord): void {
  const log = (globalForLog.galleryRevalidations ??= []);
  log.push(record);
  if (log.length > MAX_RECORDS) log.splice(0, log.length - MAX_RECORDS);
}

/** The recorded revalidations, oldest first. */
export function listRevalidations(): readonly RevalidationRecord[] {
  return [...(globalForLog.galleryRevalidations ?? [])];
}

export function clearRevalidations(): void {
  globalForLog.galleryRevalidations = [];
}
