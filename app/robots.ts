import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/gallery/public/site-origin";

/**
 * `/robots.txt`: the public galleries are for everyone; the dashboard and the API are not, except the
 * photo files (`/api/files/`), which link previews and image search need.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/", "/api/files/"], disallow: ["/admin", "/api/", "/signin"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
