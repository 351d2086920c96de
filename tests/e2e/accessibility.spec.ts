// axe-core (WCAG 2.2 AA rules) on every page family, at desktop and phone widths: the sign-in page,
// each admin section and the public pages, the lightbox open too. Seeds its own model: photos
// uploaded and processed by the real pipeline, two approved and placed in a published section, one
// left waiting in the review queue. Any violation fails, listed rule by rule with the elements.
import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import sharp from "sharp";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, saveScreenshot, signIn } from "./helpers";
import { fixture } from "../helpers/fixtures";

// Named after the run's database, not the worker's clock: a worker restarted after a failure finds it.
const run = process.env.E2E_DATABASE_NAME!.slice(-6);
const model = { slug: `ada-lind-${run}`, name: `Ada Lind ${run}`, bio: "Street and studio portraits." };
const SECTION = "portfolio";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

type MediaJson = { id: string; filename: string; status: string };
const SESSION = "test-results/e2e-artifacts/a11y-owner-session.json";

/** Photos small enough that processing them keeps the spec short. */
async function upload(request: APIRequestContext, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const buffer = await sharp(fixture(name)).rotate().resize({ width: 800 }).jpeg().toBuffer();
    const response = await request.post(`/api/models/${model.slug}/media`, {
      multipart: { file: { name, mimeType: "image/jpeg", buffer } },
    });
    expect(response.status(), name).toBe(201);
    ids.push(((await response.json()) as { item: MediaJson }).item.id);
  }
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/models/${model.slug}/media?limit=100`);
        const { items } = (await response.json()) as { items: MediaJson[] };
        return items.filter((item) => item.status === "READY").length;
      },
      { timeout: 180_000, intervals: [1000] },
    )
    .toBe(ids.length);
  return ids;
}

/** The violations axe finds on the page as it is now, one readable line per element. */
async function violationsOf(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${label}: [${violation.impact}] ${violation.id} (${violation.help}) at ${node.target.join(" ")}\n    ${node.failureSummary?.replace(/\n/g, "\n    ")}`,
    ),
  );
}

/** Loads `path` at each width, photographs it and collects what axe finds. */
async function audit(page: Page, path: string, name: string, ready?: (page: Page) => Promise<void>) {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (ready) await ready(page);
    found.push(...(await violationsOf(page, `${path} (${viewport.name})`)));
    await saveScreenshot(page, `a11y-${name}-${viewport.name}`);
  }
  return found;
}

const report = (found: string[]) => `${found.length} accessibility violations:\n${found.join("\n")}`;

// Every page is its own test, so one run lists the violations of all; a new worker after a failure
// finds the model already seeded.
test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const [existing] = await queryE2eDb<{ id: string }[]>("SELECT id FROM `Model` WHERE slug = ?", [
    model.slug,
  ]);
  if (existing && existsSync(SESSION)) return;
  const page = await browser.newPage();
  await signIn(page, OWNER.email, OWNER.password);
  await page.context().storageState({ path: SESSION });
  const created = await page.request.post("/api/models", {
    data: { slug: model.slug, displayName: model.name, bio: model.bio, published: true },
  });
  expect(created.status()).toBe(201);
  // A person decides every photo, so one can be left waiting in the review queue.
  await queryE2eDb("UPDATE `Model` SET moderationProvider = 'manual' WHERE slug = ?", [model.slug]);
  // The third photo stays in the review queue.
  const [first, second] = await upload(page.request, [
    "orientation-landscape-1.jpg",
    "door-knocker.jpg",
    "orientation-landscape-2.jpg",
  ]);
  for (const id of [first!, second!]) {
    const decided = await page.request.post(`/api/models/${model.slug}/media/${id}/moderation`, {
      data: { decision: "APPROVED" },
    });
    expect(decided.status()).toBe(200);
  }
  const section = await page.request.post(`/api/models/${model.slug}/sections`, {
    data: { slug: SECTION, title: "Portfolio", published: true },
  });
  expect(section.status()).toBe(201);
  const placed = await page.request.put(`/api/models/${model.slug}/sections/${SECTION}/items`, {
    data: { mediaIds: [first, second] },
  });
  expect(placed.status()).toBe(200);
  await page.close();
});

test("the sign-in page has no accessibility violations", async ({ page }) => {
  const found = await audit(page, "/signin", "signin");
  // The message after a wrong password is part of the page too.
  await page.setViewportSize(VIEWPORTS[0]);
  await page.getByLabel("Email").fill(`nobody-${runId}@example.com`);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  found.push(...(await violationsOf(page, "/signin (wrong password)")));
  expect(found, report(found)).toEqual([]);
});

const ADMIN_PAGES: [string, string][] = [
  ["/admin", "dashboard"],
  ["/admin/models", "models"],
  ["/admin/models/new", "model-new"],
  [`/admin/models/${model.slug}`, "model"],
  [`/admin/models/${model.slug}/library`, "model-library"],
  [`/admin/models/${model.slug}/library?deleted=1`, "model-library-trash"],
  [`/admin/models/${model.slug}/library/duplicates`, "duplicates"],
  [`/admin/models/${model.slug}/watermark`, "watermark"],
  ["/admin/galleries", "galleries"],
  [`/admin/galleries/${model.slug}`, "gallery-model"],
  [`/admin/galleries/${model.slug}/${SECTION}`, "section-editor"],
  [`/admin/moderation?model=${model.slug}`, "moderation"],
  ["/admin/jobs", "jobs"],
  ["/admin/audit", "audit"],
  ["/admin/notifications", "notifications"],
  ["/admin/settings", "settings"],
  ["/admin/library", "library"],
];

test.describe("admin sections", () => {
  test.use({ storageState: SESSION });
  for (const [path, name] of ADMIN_PAGES) {
    test(`${name} (${path.replace(model.slug, "{model}")}) has no accessibility violations`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const found = await audit(page, path, name);
      expect(found, report(found)).toEqual([]);
    });
  }
});

test.describe("library dialogs", () => {
  test.use({ storageState: SESSION });
  test("the details panel and the categories manager have no accessibility violations", async ({ page }) => {
    test.setTimeout(120_000);
    const [first] = await queryE2eDb<{ id: string }[]>(
      "SELECT m.id FROM `MediaItem` m JOIN `Model` o ON o.id = m.modelId WHERE o.slug = ? ORDER BY m.createdAt LIMIT 1",
      [model.slug],
    );
    const path = `/admin/models/${model.slug}/library?item=${first!.id}`;
    const found = await audit(page, path, "details-panel", async (p) => {
      await expect(p.getByRole("dialog")).toBeVisible();
    });
    await page.getByRole("button", { name: "Manage categories" }).click();
    await expect(page.getByRole("dialog", { name: "Categories" })).toBeVisible();
    found.push(...(await violationsOf(page, `${path} categories manager`)));
    expect(found, report(found)).toEqual([]);
  });
});

test("the public pages have no accessibility violations, the lightbox open too", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const found = [
    ...(await audit(page, "/", "public-landing")),
    ...(await audit(page, `/${model.slug}`, "public-model")),
    ...(await audit(page, `/${model.slug}/${SECTION}`, "public-section")),
  ];
  // The lightbox, opened the way a visitor opens it: a click on the first photo.
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(`/${model.slug}/${SECTION}`);
    await page.getByRole("list", { name: "Photos" }).getByRole("link").first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.waitForLoadState("networkidle");
    found.push(...(await violationsOf(page, `/${model.slug}/${SECTION} lightbox (${viewport.name})`)));
    await page.screenshot({
      path: `test-results/screenshots/a11y-public-lightbox-${viewport.name}.png`,
      animations: "disabled",
    });
  }
  await context.close();
  expect(found, report(found)).toEqual([]);
});
