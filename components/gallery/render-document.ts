import { absoluteUrl } from "@/lib/gallery/public/site-origin";
import { GALLERY_CSS } from "./gallery-css";
import { html, trusted, type SafeHtml } from "./html";
import { DEFAULT_SHARE_IMAGE, SITE_ICONS } from "./site-icons";

export const SITE_NAME = "phoenix4ge";

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface DocumentOptions {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** The page's path, for the canonical link and `og:url`; null for pages that have no address (404). */
  path: string | null;
  /** The page's link preview; pages without a photo get the site's default. */
  image?: ShareImage | null;
  type?: "website" | "profile";
  body: SafeHtml;
  /** Inline script at the end of the body. */
  script?: string;
}

/** Trims a description to what search results and link previews show. */
export function summary(text: string, fallback: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return fallback;
  return clean.length > 200 ? `${clean.slice(0, 197).replace(/\s+\S*$/, "")}…` : clean;
}

/**
 * A whole public page: head with title, description, canonical link and OpenGraph/Twitter card, the
 * inlined stylesheet, the body and an optional inline script. The render time closes the page, so tests
 * (and people) can tell a cached page from a fresh render.
 */
export function renderDocument(options: DocumentOptions): string {
  const title = options.title === SITE_NAME ? SITE_NAME : `${options.title} · ${SITE_NAME}`;
  const url = options.path === null ? null : absoluteUrl(options.path);
  const image = options.image ?? DEFAULT_SHARE_IMAGE;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <meta name="description" content="${options.description}" />
        ${url ? html`<link rel="canonical" href="${url}" />` : null}
        <link rel="icon" href="${SITE_ICONS.ico}" sizes="32x32" />
        <link rel="icon" href="${SITE_ICONS.svg}" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="${SITE_ICONS.apple}" />
        <link rel="manifest" href="${SITE_ICONS.manifest}" />
        <meta name="theme-color" content="#f6f4f0" />
        <meta property="og:site_name" content="${SITE_NAME}" />
        <meta property="og:type" content="${options.type ?? "website"}" />
        <meta property="og:title" content="${options.title}" />
        <meta property="og:description" content="${options.description}" />
        ${url ? html`<meta property="og:url" content="${url}" />` : null}
        <meta property="og:image" content="${absoluteUrl(image.url)}" />
        <meta property="og:image:width" content="${image.width}" />
        <meta property="og:image:height" content="${image.height}" />
        <meta property="og:image:alt" content="${image.alt}" />
        <meta name="twitter:card" content="summary_large_image" />
        <style>
          ${trusted(GALLERY_CSS)}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>${options.body}${
          options.script
            ? html`<script>
                ${trusted(options.script)};
              </script>`
            : null
        }
      </body>
    </html>
    <!-- rendered ${new Date().toISOString()} -->`.value;
}
