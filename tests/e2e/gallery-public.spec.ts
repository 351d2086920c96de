// The public gallery on the production build: photos uploaded through the API and processed by the real
// pipeline (JPEG, WebP, AVIF), approved through the moderation API, placed in a section; then what a
// visitor sees, the lightbox, and that every change reaches exactly the pages it affects.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
} from "@playwright/test";
import sharp, { type Region, type Sharp } from "sharp";
import { fetchRaw } from "../helpers/fetch-raw";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, saveScreenshot, signIn } from "./helpers";

const DEMO = path.resolve(process.cwd(), "demo/photos");
import { FIXTURES } from "../helpers/fixtures";
const artist = { slug: `iris-vale-${runId}`, name: "Iris Vale", bio: "Landscapes, textures and long walks." };
const other = { slug: `noor-hale-${runId}`, name: "Noor Hale" };
const SECTION = "walks";
const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

type Uploaded = { name: string; id: string };
let photos: Uploaded[] = [];
/** The section's photos as placed, in public order. */
let placed: string[] = [];

/**
 * Real photos: the demo set plus three crops of the 12 MP fixture, so the grid has every shape; at most
 * 1280 px wide, which keeps the AVIF work the pipeline does for them (one photo at a time) short.
 */
async function photoFiles(): Promise<{ name: string; bytes: Buffer }[]> {
  const fit = (image: Sharp) =>
    image
      .resize({ width: 1280, height: 1280, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer();
  const files = [];
  for (const name of [
    "country-road.jpg",
    "door-knocker.jpg",
    "summer-sky.jpg",
    "footpath.jpg",
    "wheat-field.jpg",
    "irvine.avif",
  ]) {
    files.push({
      name: name.replace(/\.avif$/, ".jpg"),
      bytes: await fit(sharp(path.join(DEMO, name)).rotate()),
    });
  }
  const big = sharp(path.join(FIXTURES, "phone-gps.jpg")).rotate();
  const crop = async (name: string, region: Region) => ({
    name,
    bytes: await fit(big.clone().extract(region)),
  });
  files.splice(
    3,
    0,
    await crop("hedge.jpg", { left: 2200, top: 1500, width: 1400, height: 1500 }),
    await crop("clouds.jpg", { left: 200, top: 100, width: 3600, height: 1300 }),
    await crop("field-edge.jpg", { left: 0, top: 1700, width: 1500, height: 1300 }),
  );
  return files;
}

type MediaJson = {
  id: string;
  filename: string;
  status: string;
  moderationStatus: string;
  variants: { format: string }[];
};

async function uploadAndApprove(request: APIRequestContext) {
  const uploaded: Uploaded[] = [];
  for (const file of await photoFiles()) {
    const response = await request.post(`/api/models/${artist.slug}/media`, {
      multipart: { file: { name: file.name, mimeType: "application/octet-stream", buffer: file.bytes } },
    });
    expect(response.status(), file.name).toBe(201);
    uploaded.push({ name: file.name, id: ((await response.json()) as { item: MediaJson }).item.id });
  }
  await expect
    .poll(
      async () => {
        const { items } = (await (
          await request.get(`/api/models/${artist.slug}/media?limit=100`)
        ).json()) as {
          items: MediaJson[];
        };
        return items.filter((m) => m.status === "READY").length;
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(uploaded.length);
  // Processed by the app's job executor: JPEG and WebP first, AVIF joins afterwards.
  await expect
    .poll(
      async () => {
        const { items } = (await (
          await request.get(`/api/models/${artist.slug}/media?limit=100`)
        ).json()) as {
          items: MediaJson[];
        };
        return items.filter((m) => m.status === "READY" && m.variants.some((v) => v.format === "AVIF"))
          .length;
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(uploaded.length);
  for (const photo of uploaded) {
    const decided = await request.post(`/api/models/${artist.slug}/media/${photo.id}/moderation`, {
      data: { decision: "APPROVED", reason: "Portfolio shot" },
    });
    expect(decided.status(), photo.name).toBe(200);
  }
  return uploaded;
}

/** A published model with a published section of photos seeded straight into the database (no files). */
async function seedOtherModel(request: APIRequestContext) {
  expect(
    (
      await request.post("/api/models", {
        data: { slug: other.slug, displayName: other.name, published: true },
      })
    ).status(),
  ).toBe(201);
  const [model] = await queryE2eDb<{ id: string }[]>("SELECT id FROM `Model` WHERE slug = ?", [other.slug]);
  const modelId = model!.id;
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const id = `e2e${randomBytes(10).toString("hex")}`;
    await queryE2eDb(
      "INSERT INTO `MediaItem` (id, modelId, filename, originalKey, mime, bytes, sha256, width, height, status, moderationStatus, dominantColor, updatedAt) VALUES (?, ?, ?, ?, 'image/jpeg', 1000, ?, 1200, 800, 'READY', 'APPROVED', '#556677', NOW(3))",
      [id, modelId, `other-${i}.jpg`, `originals/${modelId}/${id}/x.jpg`, randomBytes(32).toString("hex")],
    );
    await queryE2eDb(
      "INSERT INTO `MediaVariant` (id, mediaId, kind, format, width, height, bytes, storageKey) VALUES (?, ?, 'DISPLAY', 'JPEG', 640, 427, 1000, ?)",
      [`e2e${randomBytes(10).toString("hex")}`, id, `public/${id}/1/w640.jpg`],
    );
    ids.push(id);
  }
  expect(
    (
      await request.post(`/api/models/${other.slug}/sections`, {
        data: { slug: "studio", title: "Studio", published: true },
      })
    ).status(),
  ).toBe(201);
  expect(
    (
      await request.put(`/api/models/${other.slug}/sections/studio/items`, { data: { mediaIds: ids } })
    ).status(),
  ).toBe(200);
}

/** The photo ids the public page shows, in order. */
const shownIds = (page: Page) =>
  page
    .getByRole("list", { name: "Photos" })
    .locator("a[data-photo]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("data-photo")));

/** The public order as stored. */
async function storedOrder(): Promise<string[]> {
  const rows = await queryE2eDb<{ mediaId: string }[]>(
    "SELECT i.mediaId FROM GalleryItem i JOIN GallerySection s ON s.id = i.sectionId JOIN Model o ON o.id = s.modelId WHERE o.slug = ? AND s.slug = ? ORDER BY i.position",
    [artist.slug, SECTION],
  );
  return rows.map((row) => row.mediaId);
}

/** When a page was rendered and whether it came from Next's cache: how tests tell a regenerated page. */
async function renderOf(request: APIRequestContext, pathname: string) {
  const response = await request.get(pathname);
  return {
    status: response.status(),
    cache: response.headers()["x-nextjs-cache"],
    renderedAt: /<!-- rendered (\S+) -->/.exec(await response.text())?.[1],
  };
}

/** Scrolls to the end so every lazy photo loads, then back to the top. */
async function loadEveryPhoto(page: Page) {
  for (let i = 0; i < 30; i++) {
    const end = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    if (end) break;
  }
  await page.waitForLoadState("networkidle");
  await expect
    .poll(() =>
      page.evaluate(
        () => [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).length,
      ),
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 16 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
}

/** The lightbox has finished opening: PhotoSwipe takes keys and swipes from then on. */
const opened = (viewer: Locator) => expect(viewer).toHaveAttribute("aria-busy", "false");

async function ownerPage(browser: Browser) {
  const page = await browser.newPage();
  await signIn(page, OWNER.email, OWNER.password);
  return page;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await ownerPage(browser);
  const created = await page.request.post("/api/models", {
    data: { slug: artist.slug, displayName: artist.name, bio: artist.bio, published: true },
  });
  expect(created.status()).toBe(201);
  // A person decides (the moderation API below); the on-device classifier has its own tests.
  await queryE2eDb("UPDATE `Model` SET moderationProvider = 'manual' WHERE slug = ?", [artist.slug]);
  photos = await uploadAndApprove(page.request);
  await seedOtherModel(page.request);
  await page.close();
});

test("a published section shows exactly its photos in order; rejecting and reordering refresh it, and only it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const owner = await ownerPage(browser);
  const api = owner.request;
  // Every photo but one, in an order of our choosing.
  placed = [
    photos[0]!,
    photos[3]!,
    photos[1]!,
    photos[4]!,
    photos[2]!,
    photos[6]!,
    photos[5]!,
    photos[7]!,
  ].map((p) => p.id);
  expect(
    (
      await api.post(`/api/models/${artist.slug}/sections`, {
        data: {
          slug: SECTION,
          title: "Walks",
          description: "Paths, fields and an old door, one summer.",
          published: true,
        },
      })
    ).status(),
  ).toBe(201);
  expect(
    (
      await api.put(`/api/models/${artist.slug}/sections/${SECTION}/items`, { data: { mediaIds: placed } })
    ).status(),
  ).toBe(200);

  const visitor = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const response = await visitor.goto(`/${artist.slug}/${SECTION}`);
  expect(response?.status()).toBe(200);
  await expect(visitor).toHaveTitle(`Walks — ${artist.name} · phoenix4ge`);
  expect(await shownIds(visitor)).toEqual(placed);
  const pictures = visitor.getByRole("list", { name: "Photos" }).locator("picture");
  await expect(pictures).toHaveCount(placed.length);
  for (const picture of await pictures.all()) {
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute(
      "srcset",
      /\/api\/files\/.+\.avif \d+w/,
    );
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /\.webp \d+w/);
    const img = picture.locator("img");
    await expect(img).toHaveAttribute("srcset", /\.jpg \d+w/);
    await expect(img).toHaveAttribute("sizes", /vw/);
    await expect(img).toHaveAttribute("width", /^\d+$/);
    await expect(img).toHaveAttribute("height", /^\d+$/);
  }
  await expect(pictures.first().locator("img")).toHaveAttribute("fetchpriority", "high");
  await expect(pictures.last().locator("img")).toHaveAttribute("loading", "lazy");
  await expect(visitor.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^http.+\/api\/files\/.+\.jpg$/,
  );
  // The browser chose a modern format for what it shows.
  expect(
    await pictures
      .first()
      .locator("img")
      .evaluate((img: HTMLImageElement) => img.currentSrc),
  ).toMatch(/\.(avif|webp)$/);

  await loadEveryPhoto(visitor);
  await saveScreenshot(visitor, "gallery-public-section-desktop");
  await visitor.setViewportSize({ width: 390, height: 844 });
  await loadEveryPhoto(visitor);
  await saveScreenshot(visitor, "gallery-public-section-phone");
  await visitor.goto(`/${artist.slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: artist.name })).toBeVisible();
  await saveScreenshot(visitor, "gallery-public-model-phone");
  await visitor.setViewportSize({ width: 1440, height: 900 });
  await visitor.reload();
  await loadEveryPhoto(visitor);
  await saveScreenshot(visitor, "gallery-public-model-desktop");

  // Another model's page, cached: nothing below may regenerate it.
  const otherPath = `/${other.slug}/studio`;
  await renderOf(api, otherPath);
  const otherBefore = await renderOf(api, otherPath);
  expect(otherBefore).toMatchObject({ status: 200, cache: "HIT" });

  // Rejected through the moderation API: gone on the next load, the photos after it move up.
  const rejected = placed[1]!;
  await visitor.goto(`/${artist.slug}/${SECTION}`);
  const rejectedFile = await visitor.locator(`a[data-photo="${rejected}"] img`).getAttribute("src");
  expect(
    (
      await api.post(`/api/models/${artist.slug}/media/${rejected}/moderation`, {
        data: { decision: "REJECTED", reason: "Off brief" },
      })
    ).status(),
  ).toBe(200);
  const afterReject = placed.filter((id) => id !== rejected);
  await expect
    .poll(async () => {
      await visitor.reload();
      return shownIds(visitor);
    })
    .toEqual(afterReject);
  expect((await visitor.request.get(rejectedFile!)).status()).toBe(404);
  expect(await renderOf(api, otherPath)).toEqual(otherBefore);

  // Reordered by dragging in the admin: the public order follows.
  await owner.goto(`/admin/galleries/${artist.slug}/${SECTION}`);
  const grid = owner.getByRole("list", { name: "Photos in this section" });
  const handle = (n: number) =>
    grid.getByRole("button", { name: new RegExp(`^Drag to reorder Photo ${n} of`) });
  await drag(owner, handle(1), handle(3));
  const stored = [placed[1]!, placed[2]!, placed[0]!, ...placed.slice(3)];
  await expect.poll(storedOrder).toEqual(stored);
  await expect
    .poll(async () => {
      await visitor.reload();
      return shownIds(visitor);
    })
    .toEqual(stored.filter((id) => id !== rejected));
  expect(await renderOf(api, otherPath)).toEqual(otherBefore);
  await owner.close();
  await visitor.close();
});

test("the lightbox opens from a link, moves with the keyboard and by swiping, zooms, and hands focus back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ userAgent: BROWSER_UA, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const fileRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/files/")) fileRequests.push(request.url());
  });
  const order = (await storedOrder()).filter((id) => placed.indexOf(id) !== 1);
  const total = order.length;

  await page.goto(`/${artist.slug}/${SECTION}?photo=${order[2]}`);
  const viewer = page.getByRole("dialog", { name: "Photo viewer" });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText(`3 / ${total}`)).toBeVisible();
  await opened(viewer);
  // The viewer asks for the format the grid was given (AVIF or WebP here), in every width.
  // PhotoSwipe shows a placeholder copy until the full image has loaded: look at the image itself.
  await expect(
    viewer.locator('[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)'),
  ).toHaveAttribute("srcset", /\.(avif|webp) \d+w/);
  // The neighbours are fetched before anyone asks for them.
  await expect.poll(() => fileRequests.some((url) => url.includes(`/api/files/${order[3]}/`))).toBe(true);
  await expect.poll(() => fileRequests.some((url) => url.includes(`/api/files/${order[1]}/`))).toBe(true);
  // The viewer covers the window: a window-sized screenshot shows what a visitor sees.
  await page.screenshot({
    path: "test-results/screenshots/gallery-public-lightbox.png",
    animations: "disabled",
  });

  await page.keyboard.press("ArrowRight");
  await expect(viewer.getByText(`4 / ${total}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?photo=${order[3]}$`));
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(viewer.getByText(`2 / ${total}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?photo=${order[1]}$`));

  await page.keyboard.press("z");
  await expect(viewer.getByRole("button", { name: "Zoom out" })).toBeVisible();
  await page.keyboard.press("z");
  await expect(viewer.getByRole("button", { name: "Zoom in" })).toBeVisible();
  // Tab stays inside the viewer.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    expect(await viewer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }

  await page.keyboard.press("Escape");
  await expect(viewer).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/${SECTION}$`));
  await expect(page.locator(`a[data-photo="${order[1]}"]`)).toBeFocused();

  // A click on a thumbnail opens it; a swipe to the left shows the next photo.
  await page.locator(`a[data-photo="${order[0]}"]`).click();
  await expect(viewer.getByText(`1 / ${total}`)).toBeVisible();
  await opened(viewer);
  await expect(viewer.getByRole("button", { name: "Previous photo", includeHidden: true })).toBeDisabled();
  const stage = (await viewer.boundingBox())!;
  await page.mouse.move(stage.x + stage.width * 0.7, stage.y + stage.height / 2);
  await page.mouse.down();
  await page.mouse.move(stage.x + stage.width * 0.3, stage.y + stage.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(viewer.getByText(`2 / ${total}`)).toBeVisible();
  await viewer.getByRole("button", { name: "Close" }).click();
  await expect(page.locator(`a[data-photo="${order[1]}"]`)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/${SECTION}$`));

  // The beacon counted the visit and each photo shown once (this browser is not a bot).
  await expect
    .poll(async () => {
      const [row] = await queryE2eDb<{ total: number | null }[]>(
        "SELECT SUM(v.count) AS total FROM SectionViewDay v JOIN GallerySection s ON s.id = v.sectionId JOIN Model o ON o.id = s.modelId WHERE o.slug = ? AND s.slug = ?",
        [artist.slug, SECTION],
      );
      return Number(row?.total ?? 0);
    })
    .toBe(1);
  await expect
    .poll(async () => {
      const rows = await queryE2eDb<{ mediaId: string }[]>(
        "SELECT mediaId FROM MediaViewDay WHERE mediaId IN (?)",
        [order.slice(0, 4)],
      );
      return rows.map((r) => r.mediaId).sort();
    })
    .toEqual(order.slice(0, 4).sort());
  await context.close();
});

for (const [device, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`on a ${device}, the browser's Back closes the lightbox and stays on the section`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport });
    const sectionUrl = new RegExp(`/${artist.slug}/${SECTION}$`);
    await page.goto(`/${artist.slug}/${SECTION}`);
    const heading = page.getByRole("heading", { level: 1, name: "Walks" });
    const viewer = page.getByRole("dialog", { name: "Photo viewer" });
    const tiles = page.getByRole("list", { name: "Photos" }).locator("a[data-photo]");
    const total = await tiles.count();

    // Open, Back: closed, and still the section (not the page before it).
    await tiles.first().click();
    await expect(viewer.getByText(`1 / ${total}`)).toBeVisible();
    await expect(page).toHaveURL(/\?photo=/);
    await page.goBack();
    await expect(viewer).toHaveCount(0);
    await expect(page).toHaveURL(sectionUrl);
    await expect(heading).toBeVisible();

    // Open, next, next, Back: moving between photos added no entry to go back through.
    await tiles.nth(1).click();
    await expect(viewer.getByText(`2 / ${total}`)).toBeVisible();
    await opened(viewer);
    await page.keyboard.press("ArrowRight");
    await expect(viewer.getByText(`3 / ${total}`)).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(viewer.getByText(`4 / ${total}`)).toBeVisible();
    await page.goBack();
    await expect(viewer).toHaveCount(0);
    await expect(page).toHaveURL(sectionUrl);
    await expect(heading).toBeVisible();
    await expect(tiles.nth(3)).toBeFocused();
    await page.close();
  });
}

test("public pages are served as stored: brotli or gzip as the browser accepts, plain otherwise", async ({
  baseURL,
}) => {
  const decode = { br: brotliDecompressSync, gzip: gunzipSync, identity: (body: Buffer) => body };
  // Each copy is its own cache entry, rendered at its own moment: compare the pages without that stamp.
  const page = (body: Buffer) => body.toString("utf8").replace(/<!-- rendered [^>]*-->/, "");
  for (const pathname of [`/${artist.slug}/${SECTION}`, `/${artist.slug}`]) {
    const copies = [];
    for (const [accept, expected] of [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip, deflate", "gzip"],
      ["identity", "identity"],
    ] as const) {
      const response = await fetchRaw(baseURL + pathname, { "accept-encoding": accept });
      expect(response.status, `${pathname} with ${accept}`).toBe(200);
      expect(response.encoding, `${pathname} with ${accept}`).toBe(expected);
      expect(String(response.headers.vary).toLowerCase()).toContain("accept-encoding");
      copies.push(page(decode[expected](response.body)));
    }
    expect(copies[0]).toContain("<picture");
    expect(copies[1]).toBe(copies[0]);
    expect(copies[2]).toBe(copies[0]);
  }
  // The app's own routes are never rewritten to a stored page, and unknown pages stay 404 compressed.
  const signin = await fetchRaw(`${baseURL}/signin`, { "accept-encoding": "identity" });
  expect(signin.status).toBe(200);
  expect(signin.body.toString("utf8")).toContain("Sign in");
  expect((await fetchRaw(`${baseURL}/signin`, { "accept-encoding": "br" })).status).toBe(200);
  const missing = await fetchRaw(`${baseURL}/no-such-model-${runId}/nothing`, { "accept-encoding": "br" });
  expect(missing.status).toBe(404);
  expect(missing.encoding).toBe("br");
});

test("every page links the site's icons, manifest and link preview, and those files are served", async ({
  browser,
}) => {
  const page = await browser.newPage();
  // The string-rendered public pages and a React one (the sign-in page, through the root layout).
  for (const pathname of ["/", `/${artist.slug}`, `/${artist.slug}/${SECTION}`, "/signin"]) {
    expect((await page.goto(pathname))?.status(), pathname).toBe(200);
    const head = await page.evaluate(() => ({
      icons: [...document.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute("href")),
      apple: document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute("href"),
      manifest: document.querySelector('link[rel="manifest"]')?.getAttribute("href"),
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute("content"),
    }));
    expect(head.icons, pathname).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg"]));
    expect(head.apple, pathname).toBe("/apple-touch-icon.png");
    expect(head.manifest, pathname).toBe("/site.webmanifest");
    // Link previews need an absolute address: a photo of the page, or the site's default.
    expect(head.ogImage, pathname).toMatch(/^https?:\/\/[^/]+\/.+\.(png|jpg)$/);
    if (pathname === "/signin") expect(new URL(head.ogImage!).pathname).toBe("/og-default.png");
  }

  const served = async (pathname: string, type: RegExp) => {
    const response = await page.request.get(pathname);
    expect(response.status(), pathname).toBe(200);
    expect(response.headers()["content-type"], pathname).toMatch(type);
    return response.body();
  };
  const ico = await served("/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/);
  // An icon directory of three images: 16, 32 and 48 px.
  expect(ico.readUInt16LE(2)).toBe(1);
  expect([0, 1, 2].map((i) => ico.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
  expect((await served("/icon.svg", /image\/svg\+xml/)).toString()).toContain("<svg");
  for (const [pathname, size] of [
    ["/apple-touch-icon.png", { width: 180, height: 180 }],
    ["/icon-192.png", { width: 192, height: 192 }],
    ["/icon-512.png", { width: 512, height: 512 }],
    ["/og-default.png", { width: 1200, height: 630 }],
  ] as const) {
    const meta = await sharp(await served(pathname, /image\/png/)).metadata();
    expect({ width: meta.width, height: meta.height }, pathname).toEqual(size);
  }
  const manifest = JSON.parse((await served("/site.webmanifest", /manifest\+json|json/)).toString()) as {
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
    ["/icon-192.png", "192x192"],
    ["/icon-512.png", "512x512"],
  ]);
  await page.close();
});

test("an unpublished or unknown gallery is not found, and the model page stops listing it", async ({
  browser,
}) => {
  const owner = await ownerPage(browser);
  const api = owner.request;
  // Staff see the visits the lightbox test made: the page view and each photo opened.
  await owner.goto(`/admin/galleries/${artist.slug}/${SECTION}`);
  const views = owner.getByRole("definition").filter({ hasText: /^\d+$/ });
  await expect(owner.getByRole("heading", { name: "Views" })).toBeVisible();
  await expect(views.first()).toHaveText("1");
  await expect(owner.getByTitle("Opened 1 time in the public lightbox")).toHaveCount(4);
  await saveScreenshot(owner, "gallery-public-admin-views");
  await owner.goto(`/admin/galleries/${artist.slug}`);
  await owner
    .getByRole("list", { name: "Sections" })
    .getByRole("switch", { name: "Published: Walks" })
    .uncheck({ force: true });
  await expect(owner.getByText("“Walks” is hidden from visitors")).toBeVisible();

  await expect.poll(async () => (await api.get(`/${artist.slug}/${SECTION}`)).status()).toBe(404);
  const visitor = await browser.newPage();
  const missing = await visitor.goto(`/${artist.slug}/${SECTION}`);
  expect(missing?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "Not found" })).toBeVisible();
  const model = await visitor.goto(`/${artist.slug}`);
  expect(model?.status()).toBe(200);
  await expect(visitor.getByRole("list", { name: "Galleries" })).toHaveCount(0);
  await expect(visitor.getByText("No galleries yet.")).toBeVisible();

  for (const pathname of [`/${artist.slug}/nothing-here`, `/no-such-model-${runId}`, "/signin/anything"]) {
    expect((await api.get(pathname)).status(), pathname).toBe(404);
  }
  const sitemap = await (await api.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/${other.slug}/studio</loc>`);
  expect(sitemap).not.toContain(`/${artist.slug}/${SECTION}</loc>`);
  const robots = await (await api.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Disallow: /api/");
  await owner.close();
  await visitor.close();
});
