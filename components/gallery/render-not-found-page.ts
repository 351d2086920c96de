import { html } from "./html";
import { topBar } from "./page-chrome";
import { renderDocument, SITE_NAME } from "./render-document";

/** The public 404: unknown or unpublished models and galleries look exactly alike. */
export function renderNotFoundPage(): string {
  return renderDocument({
    title: "Page not found",
    description: "This page does not exist or is no longer published.",
    path: null,
    body: html`${topBar({ href: "/", label: SITE_NAME })}
      <main id="main" class="wrap missing">
        <h1 class="serif">Not found</h1>
        <p>This page does not exist, or it is no longer published.</p>
        <p><a href="/">See all portfolios</a></p>
      </main>`,
  });
}
