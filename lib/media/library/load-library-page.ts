import type { StaffUser } from "@/lib/auth/staff-user";
import { apiQueryString, PAGE_SIZE, readLibraryQuery } from "./library-url";
import type { LibraryViewPreference } from "./library-view";
import { listAllMedia } from "./list-all-media";
import { listMedia } from "./list-media";
import { mediaPageJson } from "./media-page-json";
import { listAllMediaQuerySchema, listMediaQuerySchema } from "./media-query";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The library's first page for the address being rendered (its filter, and the order from the address
 * or the saved view), with the API query it answers, so the browser starts from it without asking
 * again. Null when the address holds a filter the API refuses: the browser then shows the API's message.
 */
export async function loadLibraryPage(
  staff: StaffUser,
  slug: string | null,
  searchParams: SearchParams,
  view: LibraryViewPreference,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams))
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) params.append(key, one);
  const key = apiQueryString(readLibraryQuery(params, view, { allModels: slug === null }), PAGE_SIZE);
  const raw = Object.fromEntries(new URLSearchParams(key));
  if (slug) {
    const query = listMediaQuerySchema.safeParse(raw);
    return query.success ? { key, ...mediaPageJson(await listMedia(staff, slug, query.data)) } : null;
  }
  const query = listAllMediaQuerySchema.safeParse(raw);
  return query.success ? { key, ...mediaPageJson(await listAllMedia(staff, query.data)) } : null;
}
