import type { PublicModel } from "@/lib/gallery/public/get-public-model";
import { coverCard, plural } from "./cover-card";
import { html } from "./html";
import { footer, topBar } from "./page-chrome";
import { renderDocument, SITE_NAME } from "./render-document";

/** `/`: every published model with the cover of its first gallery. */
export function renderLandingPage(models: readonly PublicModel[]): string {
  const body = html`${topBar({ href: "/", label: SITE_NAME })}
    <main id="main" class="wrap">
      <div class="hero">
        <h1 class="serif">Portfolios</h1>
        <p class="lede">Photographs by the people we represent.</p>
      </div>
      ${
        models.length
          ? html`<ul class="cards" aria-label="Portfolios">
              ${models.map((model, index) =>
                coverCard({
                  href: `/${model.slug}`,
                  title: model.displayName,
                  meta: plural(model.sections.length, "gallery", "galleries"),
                  text: model.bio,
                  cover: model.sections.find((s) => s.cover)?.cover ?? null,
                  index,
                }),
              )}
            </ul>`
          : html`<p class="empty">Nothing published yet.</p>`
      }
    </main>
    ${footer(SITE_NAME, null)}`;
  return renderDocument({
    title: SITE_NAME,
    description: "Model portfolios and galleries.",
    path: "/",
    body,
  });
}
