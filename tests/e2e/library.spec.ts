// The library workspace on a model of 200 photos seeded straight into the database (real thumbnail
// files in storage, no processing): search and filters kept in the address, grid and list remembered
// across reloads, keyboard and range selection, "select all matching" with a bulk job and its progress
// bar, trash with undo, and the trash view's restore. Screenshots at 1280 and 390 px; axe on each view.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { buildSearchText } from "@/lib/media/library/search-text";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, signIn } from "./helpers";
import { fixture } from "../helpers/fixtures";

// Its own name: gallery-public.spec.ts, in the same worker, uses `iris-vale-${runId}`.
const model = { slug: `mara-quill-${runId}`, name: `Mara Quill ${runId}` };
const COUNT = 200;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SOURCES = [
  "door-knocker.jpg",
  "phone-gps.jpg",
  ...Array.from({ length: 8 }, (_, i) => `orientation-landscape-${i + 1}.jpg`),
];

/** What the window shows (a full-page shot of a virtualised list is mostly empty rows). */
const saveScreenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, animations: "disabled" });

const newId = () => `e2e${randomBytes(10).toString("hex")}`;
const libraryPath = `/admin/models/${model.slug}/library`;

/** 0-39 beach, 40-99 studio, 100-199 camera names; newest first by index. */
function filenameOf(i: number): string {
  const n = String(i).padStart(3, "0");
  if (i < 40) return `beach-sunset-${n}.jpg`;
  if (i < 100) return `studio-portrait-${n}.jpg`;
  return `IMG_${2000 + i}.jpg`;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const [owner] = await queryE2eDb<{ id: string }[]>("SELECT id FROM `User` WHERE email = ?", [OWNER.email]);
  const modelId = newId();
  await queryE2eDb(
    "INSERT INTO `Model` (id, slug, displayName, published, updatedAt) VALUES (?, ?, ?, 1, NOW(3))",
    [modelId, model.slug, model.name],
  );
  const beach = newId();
  await queryE2eDb(
    "INSERT INTO `Category` (id, modelId, slug, name, color, updatedAt) VALUES (?, ?, 'beach', 'Beach', '#0ea5e9', NOW(3)), (?, ?, 'studio', 'Studio', '#a855f7', NOW(3))",
    [beach, modelId, newId(), modelId],
  );

  // Ten real thumbnails (and their colours), each stored again under every photo that shows it.
  const thumbs = await Promise.all(
    SOURCES.map(async (name) => {
      const buffer = await sharp(fixture(name)).rotate().resize(320, 320).jpeg({ quality: 70 }).toBuffer();
      const { dominant } = await sharp(buffer).stats();
      const color = `#${[dominant.r, dominant.g, dominant.b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
      return { buffer, color };
    }),
  );
  const storage = process.env.E2E_STORAGE_DIR!;
  const now = Date.now();
  const media: unknown[][] = [];
  const variants: unknown[][] = [];
  for (let i = 0; i < COUNT; i++) {
    const id = newId();
    const filename = filenameOf(i);
    const [width, height] = i % 3 === 0 ? [1067, 1600] : i % 3 === 1 ? [1600, 1067] : [1200, 1200];
    const moderation = i % 10 === 3 ? "REJECTED" : i % 10 === 7 ? "PENDING" : "APPROVED";
    const thumb = thumbs[i % thumbs.length]!;
    const created = new Date(now - (i + 1) * 3_600_000);
    media.push([
      id,
      modelId,
      filename,
      `originals/${modelId}/${id}/x.jpg`,
      200_000 + i * 7_919,
      randomBytes(32).toString("hex"),
      width,
      height,
      moderation,
      thumb.color,
      i % 4 === 0 ? 52.37 : null,
      i % 4 === 0 ? 4.89 : null,
      (i * 37) % 500,
      buildSearchText({ filename }),
      owner!.id,
      created,
    ]);
    variants.push([newId(), id, `public/${id}/1/thumb-320.jpg`]);
    const dir = path.join(storage, "public", id, "1");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "thumb-320.jpg"), thumb.buffer);
  }
  await queryE2eDb(
    `INSERT INTO \`MediaItem\` (id, modelId, filename, originalKey, mime, bytes, sha256, width, height, status, moderationStatus, dominantColor, gpsLatitude, gpsLongitude, viewCount, searchText, uploadedById, createdAt, updatedAt) VALUES ${media
      .map(() => "(?, ?, ?, ?, 'image/jpeg', ?, ?, ?, ?, 'READY', ?, ?, ?, ?, ?, ?, ?, ?, NOW(3))")
      .join(", ")}`,
    media.flat(),
  );
  await queryE2eDb(
    `INSERT INTO \`MediaVariant\` (id, mediaId, kind, format, width, height, bytes, storageKey) VALUES ${variants
      .map(() => "(?, ?, 'THUMB', 'JPEG', 320, 320, 20000, ?)")
      .join(", ")}`,
    variants.flat(),
  );
  const beachIds = media.slice(0, 40).map((row) => row[0]);
  await queryE2eDb(
    `INSERT INTO \`MediaCategory\` (mediaId, categoryId) VALUES ${beachIds.map(() => "(?, ?)").join(", ")}`,
    beachIds.flatMap((id) => [id, beach]),
  );
});

const count = (page: Page) => page.getByTestId("library-count");
const grid = (page: Page) => page.getByRole("list", { name: "Photos" });
const selectedBar = (page: Page) => page.getByRole("toolbar", { name: "Selected photos" });
const box = (page: Page, index: number) => page.locator(`[data-select-index="${index}"]`);

async function expectNoAxeViolations(page: Page, label: string) {
  // Toasts are the shared Toaster's (sonner); mid fade-in they read as low contrast.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .exclude("[data-sonner-toaster]")
    .analyze();
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: [${v.impact}] ${v.id} (${v.help}) at ${n.target.join(" ")}`),
  );
  expect(found, found.join("\n")).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, OWNER.email, OWNER.password);
});

test("search and filters live in the address: typed, combined, back and forward, cleared", async ({
  page,
}) => {
  await page.goto(libraryPath);
  await expect(count(page)).toHaveText("200 photos");
  await expect(grid(page).getByRole("listitem").first()).toHaveAccessibleName("beach-sunset-000.jpg");
  await expectNoAxeViolations(page, "grid");
  await saveScreenshot(page, "library-grid-desktop");

  await page.getByRole("searchbox", { name: "Search photos" }).fill("beach");
  await expect(count(page)).toHaveText("40 matches");
  await expect(page).toHaveURL(/[?&]q=beach/);

  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByLabel("Moderation", { exact: true }).selectOption({ label: "Rejected" });
  await expect(count(page)).toHaveText("4 matches");
  await expect(page).toHaveURL(/moderation=REJECTED/);
  await expect(page.getByRole("button", { name: "Remove filter Moderation: Rejected" })).toBeVisible();
  await saveScreenshot(page, "library-filtered-desktop");

  await page.goBack();
  await expect(count(page)).toHaveText("40 matches");
  await page.goBack();
  await expect(count(page)).toHaveText("200 photos");
  await expect(page.getByRole("searchbox", { name: "Search photos" })).toHaveValue("");
  await page.goForward();
  await page.goForward();
  await expect(count(page)).toHaveText("4 matches");
  await expect(page.getByRole("searchbox", { name: "Search photos" })).toHaveValue("beach");

  // A bookmarked address opens on the same view.
  await page.goto(`${libraryPath}?orientation=portrait&gps=1`);
  // Portrait is every third photo, GPS every fourth: indexes divisible by 12.
  await expect(count(page)).toHaveText("17 matches");

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(count(page)).toHaveText("200 photos");
  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "Beach" });
  await expect(count(page)).toHaveText("40 matches");
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "Any" });

  await page.getByRole("searchbox", { name: "Search photos" }).fill("nothing-like-this");
  await expect(page.getByRole("heading", { name: "No photos match" })).toBeVisible();
  await page.getByRole("button", { name: "Clear the filters" }).click();
  await expect(count(page)).toHaveText("200 photos");
});

test("grid or list, columns and order are remembered after a reload", async ({ page }) => {
  await page.goto(libraryPath);
  const saved = () =>
    page.waitForResponse(
      (r) => r.url().includes("/api/me/preferences/library.view") && r.request().method() === "PUT",
    );
  let wait = saved();
  await page.getByRole("button", { name: "List", exact: true }).click();
  await wait;
  const table = page.getByRole("table", { name: "Photos" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Size" })).toBeVisible();
  await expectNoAxeViolations(page, "list");
  await saveScreenshot(page, "library-list-desktop");

  await page.getByRole("button", { name: "Columns" }).click();
  wait = saved();
  await page.getByRole("checkbox", { name: "Size", exact: true }).uncheck();
  await wait;
  await page.keyboard.press("Escape");
  await expect(table.getByRole("columnheader", { name: "Size" })).toHaveCount(0);
  wait = saved();
  await table.getByRole("button", { name: "File" }).click();
  await wait;
  await expect(page).toHaveURL(/sort=filename/);

  await page.goto(libraryPath);
  await expect(page.getByRole("table", { name: "Photos" })).toBeVisible();
  await expect(page.getByRole("button", { name: "List", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(table.getByRole("columnheader", { name: "Size" })).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: /File/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr[data-index]").first()).toContainText("beach-sunset-000.jpg");

  // Back to the grid, newest first, for the journeys that follow.
  wait = saved();
  await page.getByRole("button", { name: "Grid", exact: true }).click();
  await wait;
  wait = saved();
  await page.getByLabel("Sort by").selectOption({ label: "Date uploaded" });
  await wait;
  await page.goto(libraryPath);
  await expect(grid(page)).toBeVisible();
});

test("keyboard and range selection, with the count announced", async ({ page }) => {
  await page.goto(libraryPath);
  await expect(count(page)).toHaveText("200 photos");
  const status = page.getByTestId("selection-status");

  await box(page, 0).focus();
  await page.keyboard.press("Space");
  await expect(status).toHaveText("1 photo selected.");
  await page.keyboard.press("ArrowRight");
  await expect(box(page, 1)).toBeFocused();
  await page.keyboard.press("Space");
  await expect(status).toHaveText("2 photos selected.");
  await page.keyboard.press("ArrowDown");
  const perRow = await box(page, 1).evaluate(() => document.activeElement?.getAttribute("data-select-index"));
  expect(Number(perRow)).toBeGreaterThan(2);
  await page.keyboard.press("a");
  await expect(status).toHaveText(/^(100|200) photos selected\.$/);
  await expect(selectedBar(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(selectedBar(page)).toHaveCount(0);

  // A click, then a shift-click five photos on: the range between is selected.
  await box(page, 2).click();
  await box(page, 6).click({ modifiers: ["Shift"] });
  await expect(status).toHaveText("5 photos selected.");
  await expect(selectedBar(page)).toContainText("5 photos selected");
  await expectNoAxeViolations(page, "selection");
  await saveScreenshot(page, "library-selection-desktop");
  await selectedBar(page).getByRole("button", { name: "Clear the selection" }).click();
  await expect(selectedBar(page)).toHaveCount(0);
});

test("select all 200 matching, tag them in one bulk job with a progress bar", async ({ page }) => {
  await page.goto(libraryPath);
  await expect(count(page)).toHaveText("200 photos");
  await page.getByRole("checkbox", { name: "Select all", exact: true }).check();
  await page.getByRole("button", { name: "Select all 200 matching" }).click();
  await expect(page.getByText("All 200 photos matching are selected.")).toBeVisible();
  await selectedBar(page).getByRole("button", { name: "Tags", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Add tags" });
  await dialog.getByLabel("Tags, separated by commas").fill("e2e-bulk");
  await dialog.getByRole("button", { name: "Add tags" }).click();
  await expect(page.getByRole("progressbar", { name: /Tagging 200 photos/ })).toBeVisible();
  await saveScreenshot(page, "library-bulk-progress-desktop");
  await expect(page.getByText("Tagged 200 photos")).toBeVisible({ timeout: 60_000 });
  const [row] = await queryE2eDb<{ tagged: bigint }[]>(
    "SELECT COUNT(*) AS tagged FROM MediaTag t JOIN Model m ON m.id = t.modelId WHERE m.slug = ? AND t.tag = 'e2e-bulk'",
    [model.slug],
  );
  expect(Number(row?.tagged)).toBe(200);
});

test("trash twelve with a progress bar, undo, then restore from the trash", async ({ page }) => {
  await page.goto(`${libraryPath}?q=studio`);
  await expect(count(page)).toHaveText("60 matches");
  await box(page, 0).click();
  await box(page, 11).click({ modifiers: ["Shift"] });
  await expect(selectedBar(page)).toContainText("12 photos selected");
  await selectedBar(page).getByRole("button", { name: "Move to trash" }).click();
  await expect(page.getByRole("progressbar", { name: /Moving 12 photos to the trash/ })).toBeVisible();
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Moved 12 photos to the trash" });
  await expect(toast).toBeVisible({ timeout: 60_000 });
  await expect(count(page)).toHaveText("48 matches");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Restored 12 photos")).toBeVisible({ timeout: 60_000 });
  await expect(count(page)).toHaveText("60 matches");

  // Three to the trash, then back from the Trash view.
  await box(page, 0).click();
  await box(page, 2).click({ modifiers: ["Shift"] });
  await selectedBar(page).getByRole("button", { name: "Move to trash" }).click();
  await expect(
    page.locator("[data-sonner-toast]").filter({ hasText: "Moved 3 photos to the trash" }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole("button", { name: "Remove filter “studio”" }).click();
  await page.getByRole("button", { name: "Trash", exact: true }).click();
  await expect(page).toHaveURL(/deleted=1/);
  await expect(count(page)).toHaveText("3 photos in the trash");
  await expect(page.getByText(/deleted for good 30 days after/)).toBeVisible();
  await expectNoAxeViolations(page, "trash");
  await saveScreenshot(page, "library-trash-desktop");
  await page.getByRole("checkbox", { name: "Select all", exact: true }).check();
  await expect(selectedBar(page).getByRole("button", { name: "Delete forever" })).toBeVisible();
  await selectedBar(page).getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByText("Restored 3 photos")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "The trash is empty" })).toBeVisible();
  await page.getByRole("button", { name: "Photos", exact: true }).click();
  await expect(count(page)).toHaveText("200 photos");
});

test("on a phone: two columns, filters in a sheet, the selection bar fits", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(libraryPath);
  await expect(count(page)).toHaveText("200 photos");
  await expectNoAxeViolations(page, "phone grid");
  await saveScreenshot(page, "library-grid-phone");
  await page.getByRole("button", { name: "Filters" }).click();
  const sheet = page.getByRole("dialog", { name: "Filters" });
  await sheet.getByLabel("Status", { exact: true }).selectOption({ label: "Ready" });
  await expect(sheet.getByRole("button", { name: "Show 200 matches" })).toBeVisible();
  await saveScreenshot(page, "library-filters-phone");
  await sheet.getByRole("button", { name: "Show 200 matches" }).click();
  await box(page, 0).click();
  await box(page, 3).click({ modifiers: ["Shift"] });
  await expect(selectedBar(page)).toContainText("4 photos selected");
  await saveScreenshot(page, "library-selection-phone");
});
