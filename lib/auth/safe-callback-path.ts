const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// A placeholder origin: a relative path that resolves anywhere else (`//evil.com`) named another site.
const HERE = "http://callback.invalid";

/** Where to go after signing in: a path inside the dashboard, never another site. */
export function safeCallbackPath(value: unknown, fallback = "/admin"): string {
  // Backslashes and control characters are read as slashes or dropped by browsers: never a plain path.
  if (typeof value !== "string" || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    // Accept absolute URLs only for their path, so a crafted link cannot leave the site.
    url = SCHEME.test(value) ? new URL(value) : new URL(value, HERE);
  } catch {
    return fallback;
  }
  if (SCHEME.test(value) ? !/^https?:$/.test(url.protocol) : url.origin !== HERE) return fallback;
  // Resolved, so `/admin/../elsewhere` is judged by where it really leads.
  if (url.pathname !== "/admin" && !url.pathname.startsWith("/admin/")) return fallback;
  return url.pathname + url.search + url.hash;
}
