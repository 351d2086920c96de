import { html, type SafeHtml } from "./html";
import { SITE_NAME } from "./render-document";

export interface NavLink {
  href: string;
  label: string;
  current?: boolean;
}

/** The bar above every public page: who it belongs to (linking home) and the galleries beside it. */
export function topBar(brand: { href: string; label: string }, links: readonly NavLink[] = []): SafeHtml {
  return html`<header class="wrap top">
    <a class="brand serif" href="${brand.href}">${brand.label}</a>${
      links.length
        ? html`<nav aria-label="Galleries">
            <ul class="nav">
              ${links.map(
                (link) =>
                  html`<li>
                    <a href="${link.href}" ${link.current ? html` aria-current="page"` : null}
                      >${link.label}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>`
        : null
    }
  </header>`;
}

export function footer(owner: string, link: { href: string; label: string } | null): SafeHtml {
  return html`<footer class="wrap foot">
    <span>© ${new Date().getFullYear()} ${owner}</span>${
      link ? html`<a href="${link.href}">${link.label}</a>` : html`<span>${SITE_NAME}</span>`
    }
  </footer>`;
}
