import { createHash } from "node:crypto";
import { galleryBoot } from "./client/gallery-boot";
import { installLightbox } from "./client/lightbox";

// The browser code of the public pages, as text: the functions are compiled with the server code and
// serialized here, so they stay typed and linted without a second bundle.

/** Where the page's view beacon goes (app/api/views/route.ts). */
export const VIEWS_URL = "/api/views";

/** The lightbox script, loaded on first use. */
export const LIGHTBOX_SCRIPT = `(${installLightbox.toString()})();`;

/** Named by its content, so it can be cached forever and a new version gets a new URL. */
export const LIGHTBOX_FILE = `lightbox-${createHash("sha256").update(LIGHTBOX_SCRIPT).digest("hex").slice(0, 12)}.js`;

/** Served by app/(public)/assets/gallery/[file]/route.ts. */
export const LIGHTBOX_URL = `/assets/gallery/${LIGHTBOX_FILE}`;

/** The inline script of a gallery page: counts the view and opens the lightbox on demand. */
export const GALLERY_BOOT_SCRIPT = `(${galleryBoot.toString()})(${JSON.stringify(LIGHTBOX_URL)},${JSON.stringify(VIEWS_URL)});`;
