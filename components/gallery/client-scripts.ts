import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { galleryBoot } from "./client/gallery-boot";
import { installLightbox } from "./client/lightbox";

// The browser code of the public pages, as text: our functions are compiled with the server code and
// serialized here, so they stay typed and linted without a second bundle; PhotoSwipe comes as its
// maintainers build it (the UMD file defines `window.PhotoSwipe`), read from the installed package.

/** Where the page's view beacon goes (app/api/views/route.ts). */
export const VIEWS_URL = "/api/views";

const PHOTOSWIPE_DIST = path.join(process.cwd(), "node_modules", "photoswipe", "dist");
const readPhotoSwipe = (file: string) =>
  readFileSync(/*turbopackIgnore: true*/ path.join(PHOTOSWIPE_DIST, file), "utf8");

/** The gallery's look on top of PhotoSwipe's stylesheet: its dark, its caption, visible focus. */
const LIGHTBOX_THEME =
  ".pswp{--pswp-bg:#0e0d0c;--pswp-icon-color:#f1eee9;--pswp-icon-color-secondary:#0e0d0c;--pswp-icon-stroke-color:#0e0d0c;--pswp-placeholder-bg:#2a2724;font:14px/1.4 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
  ".pswp__counter{opacity:1;color:#f1eee9}" +
  ".pswp__button:focus-visible{outline:2px solid #f1eee9;outline-offset:-4px}" +
  ".pswp__caption{position:absolute;inset:auto 16px 0;min-height:52px;margin:0;display:flex;align-items:center;justify-content:center;text-align:center;color:#e7e2db;pointer-events:none}" +
  ".pswp__caption:empty{display:none}";

/** The lightbox script, loaded on first use: PhotoSwipe, then the glue that opens it with its styles. */
export const LIGHTBOX_SCRIPT = `${readPhotoSwipe("umd/photoswipe.umd.min.js")}\n;(${installLightbox.toString()})(${JSON.stringify(
  readPhotoSwipe("photoswipe.css")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ") + LIGHTBOX_THEME,
)});`;

/** Named by its content, so it can be cached forever and a new version gets a new URL. */
export const LIGHTBOX_FILE = `lightbox-${createHash("sha256").update(LIGHTBOX_SCRIPT).digest("hex").slice(0, 12)}.js`;

/** Served by app/(public)/assets/gallery/[file]/route.ts. */
export const LIGHTBOX_URL = `/assets/gallery/${LIGHTBOX_FILE}`;

/** The inline script of a gallery page: counts the view and opens the lightbox on demand. */
export const GALLERY_BOOT_SCRIPT = `(${galleryBoot.toString()})(${JSON.stringify(LIGHTBOX_URL)},${JSON.stringify(VIEWS_URL)});`;
