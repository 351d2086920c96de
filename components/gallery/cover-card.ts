import type { GalleryPhoto } from "@/lib/gallery/gallery-photo";
import { html, type SafeHtml } from "./html";
import { photoBackdrop } from "./photo-backdrop";
import { photoPicture } from "./photo-picture";

/** Cards fill columns of at least 340 px (`.cards` in gallery-css.ts). */
const CARD_SIZES = "(max-width: 640px) 100vw, (max-width: 1100px) 50vw, 500px";
const EAGER = 3;

export interface CoverCardOptions {
  href: string;
  title: string;
  /** A short line under the title (the number of photos, of galleries). */
  meta: string;
  text?: string;
  cover: GalleryPhoto | null;
  index: number;
}

/** A card linking to a gallery or a model: the cover cropped to 4:5, the title and a line below. */
export function coverCard({ href, title, meta, text, cover, index }: CoverCardOptions): SafeHtml {
  return html`<li class="card">
    <a href="${href}"
      ><span class="cover" style="${cover ? photoBackdrop(cover) : ""}"
        >${
          // The title is the link's name: the cover is decoration.
          cover
            ? photoPicture(cover, { alt: "", sizes: CARD_SIZES, lazy: index >= EAGER, priority: index === 0 })
            : null
        }</span
      >
      <h2 class="serif">${title}</h2>
      <p>${meta}</p>
      ${text ? html`<p class="bio">${text}</p>` : null}</a
    >
  </li>`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
