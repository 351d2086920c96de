/**
 * Which sidebar link marks `pathname` as current: the link whose page it is or lies under
 * (`/admin/models/alpha/library` is under Models), the longest one when several would (a future
 * `/admin` link must not light up on every page), and never one that merely shares the start of
 * a segment (`/admin/library-archive` is not under `/admin/library`). Null when none matches.
 */
export function activeNavHref(pathname: string, hrefs: readonly string[]): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  let best: string | null = null;
  for (const href of hrefs) {
    const under = path === href || path.startsWith(`${href}/`);
    if (under && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
