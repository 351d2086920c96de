import { forbidden } from "@/lib/errors";

/**
 * Refuses a cookie-authenticated write that a browser sent from another site (403). Browsers send
 * `Origin` and `Sec-Fetch-Site` on every cross-origin write; scripts without a browser send neither
 * and are judged by their session alone.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") throw forbidden("Cross-site requests are refused.");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" and other opaque origins are never this site.
  }
  if (originHost !== host) throw forbidden("Cross-site requests are refused.");
}
