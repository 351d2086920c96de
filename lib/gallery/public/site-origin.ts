import { config } from "@/lib/config";

/**
 * The public origin for absolute URLs (canonical links, OpenGraph images, the sitemap): APP_URL.
 * Static pages are rendered once for every visitor, so the request's Host header must not leak into
 * them; without APP_URL they fall back to the local server's address.
 */
export function siteOrigin(): string {
  const { APP_URL, PORT } = config();
  return (APP_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");
}

/** `path` (starting with `/`) as an absolute URL on the public origin. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
