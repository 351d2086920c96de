import { revalidateTag } from "next/cache";
import { config } from "@/lib/config";
import { logger } from "@/lib/logger";
import { tagsForChange, type GalleryChange } from "./cache-tags";
import { signRevalidation } from "./revalidate-signature";
import { recordRevalidation, type RevalidationDelivery } from "./revalidation-log";

/** The route that revalidates tags for callers outside a request (see `app/api/gallery/revalidate`). */
export const REVALIDATE_ROUTE = "/api/gallery/revalidate";

const log = logger.child({ domain: "gallery" });

export interface RevalidationOutcome {
  tags: string[];
  delivery: RevalidationDelivery;
}

/** Where this process can reach itself over HTTP, or null when there is no app server to reach. */
function internalAppUrl(): string | null {
  const { INTERNAL_APP_URL, NODE_ENV, PORT } = config();
  if (INTERNAL_APP_URL) return INTERNAL_APP_URL;
  // Tests call lib code with no server running; a request to a default port could reach someone else's.
  if (NODE_ENV === "test") return null;
  return `http://127.0.0.1:${PORT}`;
}

/** Inside a server action or route handler: expires the tags when the request ends. Throws elsewhere. */
function revalidateInRequest(tags: string[]): void {
  // `{ expire: 0 }`, not "max": the next visitor must get a fresh render, never a stale page that still
  // shows a rejected photo. In a server action this is what `updateTag` does (read-your-writes).
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

async function revalidateThroughRoute(tags: string[]): Promise<RevalidationDelivery> {
  const base = internalAppUrl();
  if (!base) return "skipped";
  const body = JSON.stringify({ tags });
  try {
    const response = await fetch(new URL(REVALIDATE_ROUTE, base), {
      method: "POST",
      headers: { "content-type": "application/json", ...signRevalidation(body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`${REVALIDATE_ROUTE} answered ${response.status}`);
    return "internal-route";
  } catch (error) {
    log.error({ err: error, tags }, "could not revalidate the public gallery pages");
    return "failed";
  }
}

/**
 * Refreshes exactly the public pages one change affects (see `tagsForChange`): call it after the change
 * is committed, from every write path — server actions, route handlers and jobs alike.
 *
 * In a request it uses `revalidateTag` directly. Outside one (an Inngest function run by the embedded
 * executor has no Next request around it, and `revalidateTag` throws there) it posts the tags, signed, to
 * the app's internal route, which revalidates them inside a request. Never throws: a job that must not
 * finish before the pages are fresh checks for `delivery === "failed"` and throws to be retried.
 */
export async function revalidateModel(change: GalleryChange, reason: string): Promise<RevalidationOutcome> {
  const tags = tagsForChange(change);
  let delivery: RevalidationDelivery;
  try {
    revalidateInRequest(tags);
    delivery = "request";
  } catch {
    delivery = await revalidateThroughRoute(tags);
  }
  recordRevalidation({ tags, delivery, reason });
  log.info({ tags, delivery, reason }, "gallery pages revalidated");
  return { tags, delivery };
}
