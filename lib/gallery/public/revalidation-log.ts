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

type RevalidationListener = (record: RevalidationRecord) => void;

// On globalThis: Next can load this module more than once in one process (route bundles, jobs).
const globalForLog = globalThis as unknown as { galleryRevalidationListeners?: Set<RevalidationListener> };
const listeners = () => (globalForLog.galleryRevalidationListeners ??= new Set());

/** Calls `listener` with every revalidation of this process (tests watch which tags a change hit); returns the unsubscribe. */
export function onRevalidation(listener: RevalidationListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells the listeners, if any, about one revalidation. */
export function recordRevalidation(record: RevalidationRecord): void {
  for (const listener of listeners()) listener(record);
}
