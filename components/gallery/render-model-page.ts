import type { PublicModel } from "@/lib/gallery/public/get-public-model";
import { coverCard, plural } from "./cover-card";
import { html } from "./html";
import { footer, topBar } from "./page-chrome";
import { shareImage } from "./photo-picture";
import { renderDocument, SITE_NAME, summary } from "./render-document";

/** `/{model}`: the model's name and bio, and each published gallery with its cover. */
export function renderModelPage(model: PublicModel): string {
  const href = `/${model.slug}`;
  const first = model.sections.find((s) => s.cover)?.cover ?? null;
  const cover = first && shareImage(first);
  const body = html`${topBar(
      { href, label: model.displayName },
      model.sections.map((s) => ({ href: `${href}/${s.slug}`, label: s.title })),
    )}
    <main id="main" class="wrap">
      <div class="hero">
        <p class="kicker"><a href="/">${SITE_NAME}</a> · Portfolio</p>
        <h1 class="serif">${model.displayName}</h1>
        ${model.bio ? html`<p class="lede">${model.bio}</p>` : null}
      </div>
      ${
        model.sections.length
          ? html`<ul class="cards" aria-label="Galleries">
              ${model.sections.map((section, index) =>
                coverCard({
                  href: `${href}/${section.slug}`,
                  title: section.title,
                  meta: plural(section.photoCount, "photograph", "photographs"),
                  cover: section.cover,
                  index,
                }),
              )}
            </ul>`
          : html`<p class="empty">No galleries yet.</p>`
      }
    </main>
    ${footer(model.displayName, { href: "/", label: "All portfolios" })}`;
  return renderDocument({
    title: model.displayName,
    description: summary(model.bio, `Portfolio of ${model.displayName}.`),
    path: href,
    type: "profile",
    image: cover && first ? { ...cover, alt: first.alt || model.displayName } : null,
    body,
  });
}
