import type { PublicSection } from "@/lib/gallery/public/get-public-section";
import { GALLERY_BOOT_SCRIPT } from "./client-scripts";
import { plural } from "./cover-card";
import { html } from "./html";
import { justifiedGrid } from "./justified-grid";
import { footer, topBar } from "./page-chrome";
import { shareImage } from "./photo-picture";
import { renderDocument, summary } from "./render-document";

/** `/{model}/{section}`: the section's photos in the staff's order, in a justified grid. */
export function renderSectionPage(section: PublicSection): string {
  const modelHref = `/${section.model.slug}`;
  const path = `${modelHref}/${section.slug}`;
  const cover = section.cover && shareImage(section.cover);
  const body = html`${topBar(
      { href: modelHref, label: section.model.displayName },
      section.siblings.map((s) => ({
        href: `${modelHref}/${s.slug}`,
        label: s.title,
        current: s.slug === section.slug,
      })),
    )}
    <main
      id="main"
      class="wrap"
      data-gallery
      data-model="${section.model.slug}"
      data-section="${section.slug}"
    >
      <div class="hero">
        <h1 class="serif">${section.title}</h1>
        ${section.description ? html`<p class="lede">${section.description}</p>` : null}
        <p class="count">${plural(section.photos.length, "photograph", "photographs")}</p>
      </div>
      ${
        section.photos.length
          ? justifiedGrid(section.photos, { label: "Photos", altPrefix: section.title })
          : html`<p class="empty">No photos here yet.</p>`
      }
    </main>
    ${footer(section.model.displayName, { href: modelHref, label: "All galleries" })}`;
  return renderDocument({
    title: `${section.title} — ${section.model.displayName}`,
    description: summary(
      section.description,
      `${section.title}: photographs by ${section.model.displayName}.`,
    ),
    path,
    image: cover && section.cover ? { ...cover, alt: section.cover.alt || section.title } : null,
    body,
    script: GALLERY_BOOT_SCRIPT,
  });
}
