// The details panel, the categories manager and the duplicates review on the real stack: photos
// uploaded and processed by the pipeline, a viewer and the near-duplicate pairs seeded in the database.
import AxeBuilder from "@axe-core/playwright";
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, signIn } from "./helpers";
import { fixture } from "../helpers/fixtures";

const model = { slug: `nora-vale-${runId}`, name: `Nora Vale ${runId}` };
const viewer = {
  name: "Vic Viewer",
  email: `vic-details-${runId}@example.com`,
  password: "viewer details pw 1",
};
const PHOTOS = [
  "orientation-landscape-1.jpg",
  "door-knocker.jpg",
  "orientation-landscape-2.jpg",
  "orientation-landscape-3.jpg",
];
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

type Media = { id: string; filename: string; status: string };
const ids: Record<string, string> = {};

test.describe.configure({ mode: "serial" });

const library = (query = "") => `/admin/models/${model.slug}/library${query}`;
const panel = (page: Page, name: string) => page.getByRole("dialog", { name });

/** Whether the photo is in the trash, from the database (the API hides trashed photos). */
async function isTrashed(id: string): Promise<boolean> {
  const [row] = await queryE2eDb<{ deletedAt: Date | null }[]>(
    "SELECT deletedAt FROM `MediaItem` WHERE id = ?",
    [id],
  );
  return row!.deletedAt !== null;
}

async function shoot(page: Page, name: string) {
  for (const [width, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: `test-results/screenshots/library-${name}-${width}.png`,
      animations: "disabled",
    });
  }
  await page.setViewportSize(WIDTHS.desktop);
}

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("seed: a model with four processed photos and a viewer", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, OWNER.email, OWNER.password);
  const created = await page.request.post("/api/models", {
    data: { slug: model.slug, displayName: model.name, published: true },
  });
  expect(created.status()).toBe(201);
  // A person decides every photo: no model download for the automatic check.
  await queryE2eDb("UPDATE `Model` SET moderationProvider = 'manual' WHERE slug = ?", [model.slug]);
  for (const name of PHOTOS) {
    const buffer = await sharp(fixture(name)).rotate().resize({ width: 640 }).jpeg().toBuffer();
    const response = await page.request.post(`/api/models/${model.slug}/media`, {
      multipart: { file: { name, mimeType: "image/jpeg", buffer } },
    });
    expect(response.status(), name).toBe(201);
    ids[name] = ((await response.json()) as { item: Media }).item.id;
  }
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/models/${model.slug}/media?limit=50`);
        const { items } = (await response.json()) as { items: Media[] };
        return items.filter((item) => item.status === "READY").length;
      },
      { timeout: 180_000, intervals: [1000] },
    )
    .toBe(PHOTOS.length);
  // A tag on another photo, for the autocomplete to offer.
  const tagged = await page.request.patch(`/api/models/${model.slug}/media/${ids["door-knocker.jpg"]}`, {
    data: { tags: ["portrait-studio"] },
  });
  expect(tagged.status()).toBe(200);

  const [row] = await queryE2eDb<{ id: string }[]>("SELECT id FROM `Model` WHERE slug = ?", [model.slug]);
  const modelId = row!.id;
  const userId = `e2eviewer${runId}`;
  await queryE2eDb(
    "INSERT INTO `User` (id, email, name, passwordHash, role, updatedAt) VALUES (?, ?, ?, ?, 'VIEWER', NOW(3))",
    [userId, viewer.email, viewer.name, await hashPassword(viewer.password)],
  );
  await queryE2eDb("INSERT INTO `ModelMember` (modelId, userId) VALUES (?, ?)", [modelId, userId]);
});

test("a writer describes a photo in the details panel: alt text, title, tags and a new category", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = "orientation-landscape-1.jpg";
  await signIn(page, OWNER.email, OWNER.password);
  await page.setViewportSize(WIDTHS.desktop);
  await page.goto(library(`?item=${ids[name]}`));
  const dialog = panel(page, name);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("img", { name })).toHaveCSS("opacity", "1");

  // No alt text yet: the warning says why it matters.
  const altText = dialog.getByLabel("Alt text");
  await expect(altText).toHaveValue("");
  await expect(dialog.getByText("Public pages need alt text for screen readers")).toBeVisible();
  await shoot(page, "details-empty-alt");

  await altText.fill("A quiet street of terraced houses in the afternoon sun");
  await expect(dialog.getByText("Unsaved changes")).toBeVisible();
  await altText.press("Tab");
  await expect(dialog.getByText("All changes saved")).toBeVisible();
  await expect(dialog.getByText("Public pages need alt text for screen readers")).toBeHidden();

  // Cmd/Ctrl+Enter saves without leaving the field.
  await dialog.getByLabel("Title").fill("Terraces");
  await dialog.getByLabel("Title").press("ControlOrMeta+Enter");
  await expect(dialog.getByText("All changes saved")).toBeVisible();
  await expect(dialog.getByLabel("Title")).toBeFocused();

  // Tags: the model's existing tag is suggested while typing.
  const tags = dialog.getByRole("combobox", { name: "Tags" });
  await tags.fill("port");
  const suggestion = dialog.getByRole("option", { name: /portrait-studio/ });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(dialog.getByRole("button", { name: "Remove the tag portrait-studio" })).toBeVisible();
  await tags.fill("Golden Hour");
  await tags.press("Enter");
  await expect(dialog.getByRole("button", { name: "Remove the tag golden hour" })).toBeVisible();
  await expect(dialog.getByText("All changes saved")).toBeVisible();

  // A category made in the manager, then assigned.
  await dialog.getByRole("button", { name: "Manage categories" }).click();
  const manager = page.getByRole("dialog", { name: "Categories" });
  await expect(manager).toBeVisible();
  await expect(manager.getByText("No categories yet.")).toBeVisible();
  const create = manager.getByRole("region", { name: "New category" });
  await create.getByLabel("Name").fill("Street");
  await create.getByRole("radio", { name: "Blue" }).check({ force: true });
  await create.getByRole("button", { name: "Create category" }).click();
  const streetRow = manager.getByRole("listitem", { name: "Street" });
  await expect(streetRow).toContainText("0 photos");
  // The same name again is refused on the name field.
  await create.getByLabel("Name").fill("street");
  await create.getByRole("button", { name: "Create category" }).click();
  await expect(create.getByText(/already has a category named/)).toBeVisible();
  await create.getByLabel("Name").fill("Studio");
  await create.getByRole("button", { name: "Create category" }).click();
  await expect(manager.getByRole("listitem", { name: "Studio" })).toBeVisible();
  await shoot(page, "categories-manager");
  await expectNoAxeViolations(page);
  await manager.getByRole("button", { name: "Close" }).click();
  await expect(manager).toBeHidden();

  await dialog.getByRole("checkbox", { name: /Street/ }).check();
  await expect(dialog.getByRole("button", { name: "Remove the category Street" })).toBeVisible();
  await expect(dialog.getByText("All changes saved")).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "details-edited");

  // Everything is there after a reload.
  await page.reload();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Alt text")).toHaveValue(
    "A quiet street of terraced houses in the afternoon sun",
  );
  await expect(dialog.getByLabel("Title")).toHaveValue("Terraces");
  await expect(dialog.getByRole("button", { name: "Remove the tag portrait-studio" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Remove the tag golden hour" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Remove the category Street" })).toBeVisible();
  await expect(dialog.getByText("Public pages need alt text for screen readers")).toBeHidden();
  await expect(dialog.getByRole("link", { name: "Download original" })).toHaveAttribute(
    "href",
    `/api/models/${model.slug}/media/${ids[name]}/original`,
  );
  // The manager counts the photo in its category now.
  await dialog.getByRole("button", { name: "Manage categories" }).click();
  await expect(manager.getByRole("listitem", { name: "Street" })).toContainText("1 photo");
  await manager.getByRole("button", { name: "Close" }).click();
});

test("a writer moves a photo to the trash from the panel and undoes it", async ({ page }) => {
  const name = "orientation-landscape-2.jpg";
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto(library(`?item=${ids[name]}`));
  const dialog = panel(page, name);
  await dialog.getByRole("button", { name: "Move to trash" }).click();
  await expect(dialog).toBeHidden();
  const toast = page.getByText(`Moved ${name} to the trash`);
  await expect(toast).toBeVisible();
  expect(await isTrashed(ids[name]!)).toBe(true);
  await page.screenshot({ path: "test-results/screenshots/library-details-trashed-toast.png" });
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`${name} is back in the library`)).toBeVisible();
  expect(await isTrashed(ids[name]!)).toBe(false);
});

test("a viewer sees the details read-only", async ({ page }) => {
  const name = "orientation-landscape-1.jpg";
  await signIn(page, viewer.email, viewer.password);
  await page.goto(library(`?item=${ids[name]}`));
  const dialog = panel(page, name);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("A quiet street of terraced houses in the afternoon sun")).toBeVisible();
  await expect(dialog.getByText("portrait-studio")).toBeVisible();
  await expect(dialog.getByText("Street", { exact: true })).toBeVisible();
  await expect(dialog.getByRole("textbox")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Move to trash" })).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Manage categories" })).toHaveCount(0);
  await expect(dialog.getByRole("link", { name: "Download original" })).toBeVisible();
  await shoot(page, "details-viewer");
  // The server agrees: a viewer's PATCH is refused.
  const refused = await page.request.patch(`/api/models/${model.slug}/media/${ids[name]}`, {
    data: { altText: "" },
  });
  expect(refused.status()).toBe(403);
});

test("the duplicates review groups near-identical photos and keeps one", async ({ page }) => {
  test.setTimeout(120_000);
  const [keep, copy] = [ids["orientation-landscape-3.jpg"]!, ids["door-knocker.jpg"]!];
  // Only this pair, both ways, as the hashing job stores it: the real hashes link other fixtures too.
  await queryE2eDb(
    "DELETE s FROM `MediaSimilar` s JOIN `MediaItem` m ON m.id = s.mediaId JOIN `Model` o ON o.id = m.modelId WHERE o.slug = ?",
    [model.slug],
  );
  await queryE2eDb("INSERT INTO `MediaSimilar` (mediaId, otherId, distance) VALUES (?, ?, 3), (?, ?, 3)", [
    keep,
    copy,
    copy,
    keep,
  ]);
  // The copy is the smaller one, so the original is the suggested keeper.
  await queryE2eDb("UPDATE `MediaItem` SET width = 320, height = 240 WHERE id = ?", [copy]);

  await signIn(page, OWNER.email, OWNER.password);
  // The panel lists the copy among the similar photos.
  await page.goto(library(`?item=${keep}`));
  const similar = panel(page, "orientation-landscape-3.jpg").getByRole("region", { name: "Similar photos" });
  await expect(similar.getByRole("link")).toHaveCount(1);
  await expect(similar.getByRole("img", { name: "door-knocker.jpg" })).toBeVisible();

  await page.goto(`/admin/models/${model.slug}/library/duplicates`);
  await expect(page.getByRole("heading", { name: "Near-duplicates" })).toBeVisible();
  const group = page.getByRole("region", { name: /Group 1/ });
  await expect(group.getByRole("listitem")).toHaveCount(2);
  const keeper = group.getByRole("listitem", { name: "orientation-landscape-3.jpg" });
  await expect(keeper.getByText("Suggested keeper")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize(WIDTHS.desktop);
  await page.screenshot({ path: "test-results/screenshots/library-duplicates-desktop.png", fullPage: true });
  await page.setViewportSize(WIDTHS.phone);
  await page.screenshot({ path: "test-results/screenshots/library-duplicates-phone.png", fullPage: true });
  await page.setViewportSize(WIDTHS.desktop);

  await keeper.getByRole("button", { name: /Keep this one/ }).click();
  await expect(page.getByText("Kept orientation-landscape-3.jpg, moved 1 photo to the trash")).toBeVisible();
  await expect(page.getByText("No near-duplicates found")).toBeVisible();
  expect(await isTrashed(copy)).toBe(true);
  expect(await isTrashed(keep)).toBe(false);
  await page.screenshot({ path: "test-results/screenshots/library-duplicates-empty.png" });

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("1 photo restored")).toBeVisible();
  await expect(group.getByRole("listitem")).toHaveCount(2);
  expect(await isTrashed(copy)).toBe(false);
});
