// The public pages as rendered from the real database (the route handlers add only Next's cache around
// these calls; the running app is covered by tests/e2e/gallery-public.spec.ts): which photos appear, in
// which order, with which markup, and which addresses are pages at all.
import { beforeAll, describe, expect, it } from "vitest";
import { renderModelPage } from "@/components/gallery/render-model-page";
import { renderSectionPage } from "@/components/gallery/render-section-page";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { createSection } from "@/lib/gallery/sections/create-section";
import { getPublicModel } from "@/lib/gallery/public/get-public-model";
import { getPublicSection } from "@/lib/gallery/public/get-public-section";
import { isPublicPath } from "@/lib/gallery/public/is-public-path";
import { listPublicModelSlugs } from "@/lib/gallery/public/list-public-model-slugs";
import { listStaticGalleryParams } from "@/lib/gallery/public/list-static-gallery-params";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { updateSection } from "@/lib/gallery/sections/update-section";
import { createModel } from "@/lib/models/create-model";
import { makeUser } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

let owner: StaffUser;
let alphaId: string, bravoId: string;
let alphaPhotos: string[];
let bravoPhotos: string[];

/** The photo ids of a rendered grid, in order. */
const gridIds = (page: string) => [...page.matchAll(/data-photo="([^"]+)"/g)].map((m) => m[1]);
const pictures = (page: string) => [...page.matchAll(/<picture\b[^>]*>(.*?)<\/picture>/g)].map((m) => m[1]!);

beforeAll(async () => {
  owner = await makeUser("OWNER");
  alphaId = (
    await createModel(owner, {
      slug: "alpha",
      displayName: "Alpha <Studio>",
      bio: "Portraits & light.",
      published: true,
    })
  ).id;
  bravoId = (await createModel(owner, { slug: "bravo", displayName: "Bravo", published: true })).id;
  await createModel(owner, { slug: "hidden", displayName: "Hidden", published: false });
  alphaPhotos = [];
  for (let i = 0; i < 6; i++) alphaPhotos.push((await seedPhoto(alphaId)).id);
  bravoPhotos = [(await seedPhoto(bravoId)).id, (await seedPhoto(bravoId)).id];
  await createSection(owner, "alpha", {
    slug: "portraits",
    title: `Portraits "2026" <script>alert(1)</script>`,
    description: "Studio & street.\nTwo lines.",
    published: true,
  });
  await setSectionItems(owner, "alpha", "portraits", { mediaIds: [...alphaPhotos].reverse() });
  await createSection(owner, "alpha", { slug: "travel", title: "Travel", published: true });
  await createSection(owner, "alpha", { slug: "drafts", title: "Drafts" });
  await setSectionItems(owner, "alpha", "drafts", { mediaIds: [alphaPhotos[0]!] });
  // The same section slug in another model holds that model's photos only.
  await createSection(owner, "bravo", { slug: "portraits", title: "Bravo portraits", published: true });
  await setSectionItems(owner, "bravo", "portraits", { mediaIds: bravoPhotos });
});

describe("a section page", () => {
  it("shows exactly the public photos in the staff's order, each a <picture> with every format", async () => {
    const section = (await getPublicSection("alpha", "portraits"))!;
    const page = renderSectionPage(section);
    expect(gridIds(page)).toEqual([...alphaPhotos].reverse());
    const all = pictures(page);
    expect(all).toHaveLength(6);
    for (const picture of all) {
      expect(picture).toMatch(/<source type="image\/webp" srcset="[^"]+ 640w, [^"]+ 1280w" sizes="[^"]+"/);
      expect(picture).toMatch(/<img src="[^"]+w640\.jpg"\s+srcset="[^"]+ 640w, [^"]+ 1280w" sizes="[^"]+"/);
      expect(picture).toMatch(/width="1800" height="1200"/);
    }
    // The first photo is the one to paint first; those past the first row wait for the viewport.
    expect(all[0]).toContain('fetchpriority="high"');
    expect(all[0]).not.toContain('loading="lazy"');
    expect(all.slice(1).some((p) => p.includes("fetchpriority"))).toBe(false);
    expect(all.slice(4).every((p) => p.includes('loading="lazy"'))).toBe(true);
    // Dominant colour and placeholder paint each box before its photo arrives.
    expect(
      page.match(/background-color:#8a7a6b;background-image:url\(data:image\/png;base64,/g),
    ).toHaveLength(6);
  });

  it("escapes what staff typed and describes the page for search and link previews", async () => {
    const page = renderSectionPage((await getPublicSection("alpha", "portraits"))!);
    expect(page).not.toContain("<script>alert(1)</script>");
    expect(page).toContain("Portraits &quot;2026&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain(
      "<title>Portraits &quot;2026&quot; &lt;script&gt;alert(1)&lt;/script&gt; — Alpha &lt;Studio&gt; · phoenix4ge</title>",
    );
    expect(page).toContain('<meta name="description" content="Studio &amp; street. Two lines." />');
    // The cover (here the first photo) as a 1280 px JPEG at an absolute address.
    expect(page).toMatch(
      new RegExp(`<meta property="og:image" content="http://[^"]+/api/files/[^"]+/1/w1280\\.jpg" />`),
    );
    expect(page).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/alpha\/portraits" \/>/);
    // Navigation between the model's published galleries, this one marked.
    expect(page).toMatch(/<a href="\/alpha\/portraits"\s+aria-current="page"/);
    expect(page).toContain('href="/alpha/travel"');
    expect(page).not.toContain("/alpha/drafts");
  });

  it("leaves out photos that are processing, hidden or belong to another model, closing the gaps", async () => {
    const processing = await seedPhoto(alphaId, { status: "PROCESSING" });
    const intruder = bravoPhotos[0]!;
    // Rows written around the domain's checks: the public query must still hold the line.
    const section = await db.gallerySection.findFirstOrThrow({
      where: { modelId: alphaId, slug: "portraits" },
    });
    await db.galleryItem.createMany({
      data: [
        { sectionId: section.id, mediaId: processing.id, position: 1 },
        { sectionId: section.id, mediaId: intruder, position: 2 },
      ],
    });
    await db.mediaItem.update({ where: { id: alphaPhotos[3]! }, data: { moderationStatus: "NEEDS_REVIEW" } });
    try {
      const ids = gridIds(renderSectionPage((await getPublicSection("alpha", "portraits"))!));
      expect(ids).toEqual([...alphaPhotos].reverse().filter((id) => id !== alphaPhotos[3]));
      expect(gridIds(renderSectionPage((await getPublicSection("bravo", "portraits"))!))).toEqual(
        bravoPhotos,
      );
    } finally {
      await db.galleryItem.deleteMany({
        where: { sectionId: section.id, mediaId: { in: [processing.id, intruder] } },
      });
      await db.mediaItem.update({ where: { id: alphaPhotos[3]! }, data: { moderationStatus: "APPROVED" } });
    }
  });

  it("renders a published section without public photos as an empty gallery", async () => {
    const page = renderSectionPage((await getPublicSection("alpha", "travel"))!);
    expect(gridIds(page)).toEqual([]);
    expect(page).toContain("No photos here yet.");
  });
});

describe("a model page", () => {
  it("lists the published galleries with photos, with their covers and counts", async () => {
    await updateSection(owner, "alpha", "portraits", { coverId: alphaPhotos[2]! });
    const page = renderModelPage((await getPublicModel("alpha"))!);
    expect(page).toContain('<h1 class="serif">Alpha &lt;Studio&gt;</h1>');
    expect(page).toContain("Portraits &amp; light.");
    expect([...page.matchAll(/<li class="card"><a href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "/alpha/portraits",
    ]);
    expect(page).toContain("6 photographs");
    expect(page).toContain(`/api/files/`);
    expect(page).toContain('<meta property="og:type" content="profile" />');
  });
});

describe("which addresses are pages", () => {
  it("answers only slugs the app could have created, never its own routes", () => {
    expect(isPublicPath("alpha")).toBe(true);
    expect(isPublicPath("alpha", "portraits")).toBe(true);
    for (const model of [
      "admin",
      "api",
      "signin",
      "favicon.ico",
      "Alpha",
      "wp-login.php",
      "a".repeat(61),
      "",
    ]) {
      expect(isPublicPath(model)).toBe(false);
    }
    for (const section of ["sitemap", "opengraph-image", "Portraits", "a b"]) {
      expect(isPublicPath("alpha", section)).toBe(false);
    }
  });

  it("lists the published models and their galleries with photos for static generation", async () => {
    expect(await listPublicModelSlugs()).toEqual(["alpha", "bravo"]);
    expect(await listStaticGalleryParams()).toEqual({
      models: [{ model: "alpha" }, { model: "bravo" }],
      sections: [
        { model: "alpha", section: "portraits" },
        { model: "bravo", section: "portraits" },
      ],
    });
  });
});
