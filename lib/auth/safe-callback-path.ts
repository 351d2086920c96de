/** Where to go after signing in: a path inside the dashboard, never another site. */
export function safeCallbackPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string") return fallback;
  let path = value;
  try {
    // Accept absolute URLs only for their path, so a crafted link cannot leave the site.
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return fallback;
  }
  if (!path.startsWith("/admin") || path.startsWith("//") || path.includes("\\")) return fallback;
  return path;
}
