// The site's icons and default link preview, in public/ (drawn by scripts/make-site-icons.mjs), for the
// React layouts' metadata and the string-rendered public pages alike.

export const SITE_ICONS = {
  /** 16, 32 and 48 px (declared as 32, so browsers that read SVG icons prefer icon.svg). */
  ico: "/favicon.ico",
  svg: "/icon.svg",
  /** 180 px, full bleed. */
  apple: "/apple-touch-icon.png",
  manifest: "/site.webmanifest",
} as const;

/** The link preview of pages that have no photo of their own. */
export const DEFAULT_SHARE_IMAGE = {
  url: "/og-default.png",
  width: 1200,
  height: 630,
  alt: "phoenix4ge: model portfolios and galleries",
} as const;
