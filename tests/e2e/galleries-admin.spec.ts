// Gallery sections in the admin: build a section from approved photos, order photos and sections by
// dragging and with the keyboard, and a viewer who can only look. Photos are seeded straight into this
// run's database (real rows; placeholders computed from the fixture photos with sharp): the upload
// pipeline has its own journeys.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { rgbaToThumbHash } from "thumbhash";
import { hashPassword } from "@/lib/auth/password";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, saveScreenshot, signIn } from "./helpers";

import { FIXTURES } from "../helpers/fixtures";
const model = { slug: `lena-morel-${runId}`, name: `Lena Morel ${runId}` };
const other = { slug: `other-${runId}`, name: `Other ${runId}` };
const viewer = {
  email: `vera-galleries-${runId}@example.com`,
  password: "viewer password 1",
  name: "Vera Viewer",
};
const APPROVED = [
  "orientation-landscape-0.jpg",
  "orientation-landscape-3.jpg",
  "orientation-landscape-5.jpg",
  "orientation-landscape-6.jpg",
  "door-knocker.jpg",
  "irvine.avif",
  "orientation-landscape-8.jpg",
];
const PENDING = "phone-gps.jpg";

const newId = () => `e2e${randomBytes(10).toString("hex")}`;

async function insertModel(slug: string, name: string): Promise<string> {
  const id = newId();
  await queryE2eDb(
    "INSERT INTO `Model` (id, slug, displayName, bio, published, updatedAt) VALUES (?, ?, ?, ?, 1, NOW(3))",
    [id, slug, name, "Portrait and editorial photographer."],
  );
  return id;
}

/** A READY photo with the placeholder and dominant colour the pipeline would compute, and a thumbnail row. */
async function insertPhoto(modelId: string, file: string, moderationStatus: string) {
  const id = newId();
  const image = sharp(path.join(FIXTURES, file)).rotate();
  const { width, height } = await image
    .clone()
    .toBuffer({ resolveWithObject: true })
    .then((r) => r.info);
  const small = await image
    .resize(100, 100, { fit: "inside" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const hash = Buffer.from(rgbaToThumbHash(small.info.width, small.info.height, small.data)).toString(
    "base64",
  );
  const { dominant } = await sharp(small.data, { raw: small.info }).stats();
  const color = `#${[dominant.r, dominant.g, dominant.b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  await queryE2eDb(
    "INSERT INTO `MediaItem` (id, modelId, filename, originalKey, mime, bytes, sha256, width, height, status, moderationStatus, placeholder, dominantColor, updatedAt) VALUES (?, ?, ?, ?, 'image/jpeg', 1000, ?, ?, ?, 'READY', ?, ?, ?, NOW(3))",
    [
      id,
      modelId,
      file,
      `originals/${modelId}/${id}/x.jpg`,
      randomBytes(32).toString("hex"),
      width,
      height,
      moderationStatus,
      hash,
      color,
    ],
  );
  await queryE2eDb(
    "INSERT INTO `MediaVariant` (id, mediaId, kind, format, width, height, bytes, storageKey) VALUES (?, ?, 'THUMB', 'WEBP', 400, 400, 1000, ?)",
    [newId(), id, `public/${id}/1/thumb.webp`],
  );
  return id;
}

/** The filenames of the section's photos as stored, in their public order. */
async function storedOrder(sectionSlug: string): Promise<string[]> {
  const rows = await queryE2eDb<{ filename: string }[]>(
    "SELECT m.filename FROM GalleryItem i JOIN GallerySection s ON s.id = i.sectionId JOIN MediaItem m ON m.id = i.mediaId JOIN Model o ON o.id = s.modelId WHERE o.slug = ? AND s.slug = ? ORDER BY i.position",
    [model.slug, sectionSlug],
  );
  return rows.map((row) => row.filename);
}

async function storedSectionOrder(): Promise<string[]> {
  const rows = await queryE2eDb<{ slug: string }[]>(
    "SELECT s.slug FROM GallerySection s JOIN Model o ON o.id = s.modelId WHERE o.slug = ? ORDER BY s.position",
    [model.slug],
  );
  return rows.map((row) => row.slug);
}

const photoGrid = (page: Page) => page.getByRole("list", { name: "Photos in this section" });

/** Waits until the list has saved and shows the server's state again (it is aria-busy meanwhile). */
async function settled(list: Locator) {
  await expect(list).not.toHaveAttribute("aria-busy", "true");
}

/** The filenames shown in the grid, in order. */
async function shownOrder(page: Page): Promise<string[]> {
  return photoGrid(page).locator(":scope > li p[title]").allTextContents();
}

/**
 * Moves the item of `handle` one place with dnd-kit's keyboard sensor (Space, `key`, Space), waiting
 * after each press for what a screen-reader user would hear: keys pressed before the sensor has
 * measured the list are lost.
 */
async function keyboardMove(page: Page, handle: Locator, key: "ArrowRight" | "ArrowUp", to: number) {
  const live = page.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await expect(handle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press(key);
  await expect(live).toContainText(` is over position ${to} of `);
  await page.keyboard.press("Space");
  await expect(live).toContainText(` dropped at position ${to} of `);
}

/** A pointer drag with small steps, as a person does it (dnd-kit waits for 4 px of movement). */
async function drag(page: Page, from: Locator, to: Locator) {
  // Both ends on screen: mouse coordinates outside the viewport never reach the page.
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 16 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const modelId = await insertModel(model.slug, model.name);
  for (const file of APPROVED) await insertPhoto(modelId, file, "APPROVED");
  await insertPhoto(modelId, PENDING, "NEEDS_REVIEW");
  await insertModel(other.slug, other.name);
  const viewerId = newId();
  await queryE2eDb(
    "INSERT INTO `User` (id, email, name, role, passwordHash, updatedAt) VALUES (?, ?, ?, 'VIEWER', ?, NOW(3))",
    [viewerId, viewer.email, viewer.name, await hashPassword(viewer.password)],
  );
  await queryE2eDb("INSERT INTO `ModelMember` (modelId, userId) VALUES (?, ?)", [modelId, viewerId]);
});

test("an owner builds a section from approved photos and orders them by drag and by keyboard", async ({
  page,
}) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.getByRole("link", { name: "Galleries" }).click();
  await expect(page.getByRole("heading", { name: "Galleries" })).toBeVisible();
  await saveScreenshot(page, "galleries-models");
  await page.getByRole("link", { name: new RegExp(model.name) }).click();
  await expect(page.getByRole("heading", { name: "No sections yet" })).toBeVisible();

  await page.getByRole("button", { name: "New section" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New section" });
  await dialog.getByLabel("Title").fill("Editorial");
  await expect(dialog.getByLabel("Slug")).toHaveValue("editorial");
  await dialog.getByRole("switch", { name: /Publish now/ }).check({ force: true });
  await dialog.getByRole("button", { name: "Create section" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/galleries/${model.slug}/editorial$`));
  await expect(page.getByRole("heading", { name: "No photos in this section yet" })).toBeVisible();

  // The picker offers the approved photos only, never the one still in review.
  await page.getByRole("button", { name: "Add photos" }).first().click();
  const picker = page.getByRole("dialog", { name: /Add photos to/ });
  const offered = picker.getByRole("list", { name: "Approved photos" }).getByRole("button");
  await expect(offered).toHaveCount(APPROVED.length);
  await expect(picker.getByRole("button", { name: new RegExp(PENDING) })).toHaveCount(0);
  const picked = [APPROVED[1]!, APPROVED[0]!, APPROVED[4]!, APPROVED[2]!, APPROVED[5]!];
  for (const file of picked) await picker.getByRole("button", { name: new RegExp(`^${file}`) }).click();
  await expect(picker.getByRole("button", { name: `${APPROVED[4]}, chosen 3` })).toBeVisible();
  await saveScreenshot(page, "galleries-picker");
  await picker.getByRole("button", { name: `Add ${picked.length} photos` }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByText(`Added ${picked.length} photos to “Editorial”`)).toBeVisible();
  await expect.poll(() => shownOrder(page)).toEqual(picked);
  expect(await storedOrder("editorial")).toEqual(picked);

  // Drag the first photo onto the third.
  const handle = (n: number) =>
    photoGrid(page).getByRole("button", { name: new RegExp(`^Drag to reorder Photo ${n} of`) });
  await drag(page, handle(1), handle(3));
  const afterDrag = [picked[1]!, picked[2]!, picked[0]!, picked[3]!, picked[4]!];
  await expect.poll(() => storedOrder("editorial")).toEqual(afterDrag);
  await expect.poll(() => shownOrder(page)).toEqual(afterDrag);
  await settled(photoGrid(page));

  // The keyboard: pick up photo 1 with Space, move it one place to the right, drop it.
  await keyboardMove(page, handle(1), "ArrowRight", 2);
  const afterKeyboard = [afterDrag[1]!, afterDrag[0]!, ...afterDrag.slice(2)];
  await expect.poll(() => storedOrder("editorial")).toEqual(afterKeyboard);
  await settled(photoGrid(page));

  // And the move buttons, which keep the focus on the moved photo's button.
  await page.getByRole("button", { name: "Move photo 5 earlier" }).click();
  const afterButton = [...afterKeyboard.slice(0, 3), afterKeyboard[4]!, afterKeyboard[3]!];
  await expect.poll(() => storedOrder("editorial")).toEqual(afterButton);
  await expect(page.getByRole("button", { name: "Move photo 4 earlier" })).toBeFocused();

  await page.getByRole("button", { name: "Use photo 2 as the cover" }).click();
  await expect(page.getByRole("button", { name: "Photo 2 is the cover" })).toBeVisible();
  await page.getByRole("button", { name: "Remove photo 5 from the section" }).click();
  const finalOrder = afterButton.slice(0, 4);
  await expect.poll(() => storedOrder("editorial")).toEqual(finalOrder);

  await page.reload();
  await expect.poll(() => shownOrder(page)).toEqual(finalOrder);
  await expect(page.getByRole("button", { name: "Photo 2 is the cover" })).toBeVisible();
  await saveScreenshot(page, "galleries-section");
});

test("sections are ordered by keyboard, by the move buttons and by dragging", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto(`/admin/galleries/${model.slug}`);
  await page.getByRole("button", { name: "New section" }).click();
  const dialog = page.getByRole("dialog", { name: "New section" });
  await dialog.getByLabel("Title").fill("Portraits");
  await dialog.getByRole("button", { name: "Create section" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/galleries/${model.slug}/portraits$`));
  await page.getByRole("link", { name: model.name }).click();

  const list = page.getByRole("list", { name: "Sections" });
  const titles = () =>
    list
      .locator(":scope > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("aria-label")?.split(",")[0]));
  await expect.poll(titles).toEqual(["Editorial", "Portraits"]);

  await keyboardMove(page, list.getByRole("button", { name: "Drag to reorder “Portraits”" }), "ArrowUp", 1);
  await expect.poll(storedSectionOrder).toEqual(["portraits", "editorial"]);
  await expect.poll(titles).toEqual(["Portraits", "Editorial"]);
  await settled(list);

  await list.getByRole("button", { name: "Move “Portraits” down" }).click();
  await expect.poll(storedSectionOrder).toEqual(["editorial", "portraits"]);
  await expect(list.getByRole("button", { name: "Move “Portraits” up" })).toBeFocused();
  await settled(list);

  await drag(
    page,
    list.getByRole("button", { name: "Drag to reorder “Editorial”" }),
    list.getByRole("button", { name: "Drag to reorder “Portraits”" }),
  );
  await expect.poll(storedSectionOrder).toEqual(["portraits", "editorial"]);

  // Publishing from the list.
  await list.getByRole("switch", { name: "Published: Portraits" }).check({ force: true });
  await expect(page.getByText("“Portraits” is live")).toBeVisible();
  await page.reload();
  await expect(list.getByRole("listitem", { name: /^Portraits/ }).getByText("Published")).toBeVisible();
  await saveScreenshot(page, "galleries-sections");
});

test("a viewer sees the sections but cannot change them, and another model's gallery is not found", async ({
  page,
}) => {
  await signIn(page, viewer.email, viewer.password);
  await page.goto("/admin/galleries");
  await expect(page.getByRole("link", { name: new RegExp(model.name) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(other.name) })).toHaveCount(0);

  await page.goto(`/admin/galleries/${model.slug}/editorial`);
  await expect(page.getByRole("heading", { name: /Editorial/ })).toBeVisible();
  await expect.poll(() => shownOrder(page)).toHaveLength(4);
  await expect(page.getByRole("button", { name: "Add photos" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Drag to reorder/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Move photo/ })).toHaveCount(0);

  const put = await page.request.put(`/api/models/${model.slug}/sections/editorial/items`, {
    data: { mediaIds: [] },
  });
  expect(put.status()).toBe(403);
  expect(await storedOrder("editorial")).toHaveLength(4);

  const response = await page.goto(`/admin/galleries/${other.slug}`);
  expect(response?.status()).toBe(404);
  const api = await page.request.get(`/api/models/${other.slug}/sections`);
  expect(api.status()).toBe(404);
});

test("the running app's internal route revalidates signed gallery tags and refuses anyone else", async ({
  request,
}) => {
  // What revalidateModel does outside a request (a job run by the embedded executor): post the tags,
  // signed with a key derived from the server's AUTH_SECRET. Here revalidateTag runs in a real route.
  process.env.AUTH_SECRET = process.env.E2E_AUTH_SECRET;
  const { signRevalidation } = await import("@/lib/gallery/public/revalidate-signature");
  const tags = [`gallery:model:${model.slug}:page`, `gallery:model:${model.slug}:section:editorial`];
  const body = JSON.stringify({ tags });
  const signed = await request.post("/api/gallery/revalidate", {
    data: body,
    headers: { "content-type": "application/json", ...signRevalidation(body) },
  });
  expect(signed.status()).toBe(200);
  expect(await signed.json()).toEqual({ revalidated: tags });

  const forged = await request.post("/api/gallery/revalidate", { data: { tags } });
  expect(forged.status()).toBe(401);
  const notOurs = JSON.stringify({ tags: ["_N_T_/admin"] });
  const refused = await request.post("/api/gallery/revalidate", {
    data: notOurs,
    headers: { "content-type": "application/json", ...signRevalidation(notOurs) },
  });
  expect(refused.status()).toBe(422);
});
