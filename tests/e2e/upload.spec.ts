import { readFileSync } from "node:fs";
import sharp from "sharp";
import { expect, test, type CDPSession, type Locator, type Page } from "@playwright/test";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, saveTallScreenshot as saveScreenshot, signIn, signOut } from "./helpers";

// The upload journey on the real stack: next start, MariaDB, sharp and the embedded job executor
// processing every photo for real. Only the network speed is slowed (Chromium's own throttling), so
// the byte progress of an upload can be watched and photographed.

import { fixture } from "../helpers/fixtures";

const model = { name: `Lena Hart ${runId}`, slug: `lena-hart-${runId}` };
const viewer = {
  name: "Vera Viewer",
  email: `vera-upload-${runId}@example.com`,
  password: "viewer initial pw 1",
};

test.describe.configure({ mode: "serial" });

/** Chromium's network throttling: `bytesPerSecond` for uploads, or no limit. */
async function throttleUploads(cdp: CDPSession, bytesPerSecond: number | null) {
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: bytesPerSecond ? 40 : 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond ?? -1,
  });
}

/** Drops files on the zone the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFiles(page: Page, zone: Locator, files: { name: string; type: string; bytes: Buffer }[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString("base64") })),
  );
  for (const type of ["dragenter", "dragover", "drop"]) await zone.dispatchEvent(type, { dataTransfer });
}

const row = (page: Page, name: string) =>
  page.getByRole("list", { name: "Files" }).getByRole("listitem", { name });
const grid = (page: Page) => page.getByRole("list", { name: "Photos" });

test("photos picked and dropped upload with byte progress, can be cancelled and retried, and become ready", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await signIn(page, OWNER.email, OWNER.password);
  const created = await page.request.post("/api/models", {
    data: { slug: model.slug, displayName: model.name, published: true },
  });
  expect(created.status()).toBe(201);
  // A person decides every photo of this model, so each one waits in the review queue once processed.
  await queryE2eDb("UPDATE `Model` SET moderationProvider = 'manual' WHERE slug = ?", [model.slug]);

  // Uploads happen in the model's own library (the Library section lists every model's photos).
  await page.goto(`/admin/models/${model.slug}/library`);
  await expect(page.getByRole("heading", { name: "No photos yet" })).toBeVisible();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await throttleUploads(cdp, 400 * 1024);

  // The picker from the keyboard: the button is a real button, the system file dialog opens.
  await page.getByRole("button", { name: "Choose photos…" }).focus();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Enter");
  expect((await chooser).isMultiple()).toBe(true);
  await (
    await chooser
  ).setFiles([
    fixture("phone-gps.jpg"),
    fixture("orientation-landscape-1.jpg"),
    fixture("orientation-landscape-2.jpg"),
    fixture("door-knocker.jpg"),
  ]);
  await expect(page.getByRole("heading", { name: "Uploading 4 files" })).toBeVisible();

  // Real byte progress: the 4 MB photo's bar moves while its bytes go up.
  const phoneBar = row(page, "phone-gps.jpg").getByRole("progressbar");
  await expect
    .poll(async () => Number(await phoneBar.getAttribute("aria-valuenow")), { timeout: 30_000 })
    .toBeGreaterThan(3);
  await expect(phoneBar).toHaveAttribute("aria-valuetext", /%, .* of 3\.9 MB/);
  // Three at a time: the fourth file waits for a free slot.
  await expect(row(page, "door-knocker.jpg")).toHaveAttribute("data-upload-status", /queued|uploading/);
  await saveScreenshot(page, "upload-progress");

  // Cancel the big one mid-way, then retry it at full speed.
  await page.getByRole("button", { name: "Cancel phone-gps.jpg" }).click();
  await expect(row(page, "phone-gps.jpg")).toHaveAttribute("data-upload-status", "cancelled");
  await expect(row(page, "phone-gps.jpg").getByTestId("upload-message")).toHaveText("Cancelled");
  await throttleUploads(cdp, null);
  await expect(page.getByText("3 of 4 files uploaded")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Retry phone-gps.jpg" }).click();
  await expect(page.getByText("phone-gps.jpg uploaded")).toBeVisible({ timeout: 60_000 });

  // Each new item is in the grid at once (from the 201), then turns ready without a reload.
  await expect(grid(page).getByRole("listitem")).toHaveCount(4);
  await expect(grid(page).locator('li[data-status="READY"]')).toHaveCount(4, { timeout: 120_000 });
  // Processed is not public: the row says the photo waits for review and links to it in the queue.
  const phoneMessage = row(page, "phone-gps.jpg").getByTestId("upload-message");
  await expect(phoneMessage).toHaveText("Processed, waiting for review · Open the review queue", {
    timeout: 60_000,
  });
  const reviewLink = phoneMessage.getByRole("link", { name: "Open the review queue" });
  await expect(reviewLink).toHaveAttribute(
    "href",
    new RegExp(`^/admin/moderation\\?model=${model.slug}&media=\\w+$`),
  );
  const reviewHref = (await reviewLink.getAttribute("href"))!;
  await expect(
    grid(page).getByRole("listitem", { name: "phone-gps.jpg" }).locator("picture img"),
  ).toHaveJSProperty("complete", true);

  // A second batch by drag and drop: a new photo, one already in the library, and two files the
  // server refuses whatever their names say.
  await dropFiles(page, page.getByTestId("drop-zone"), [
    {
      name: "orientation-landscape-3.jpg",
      type: "image/jpeg",
      bytes: readFileSync(fixture("orientation-landscape-3.jpg")),
    },
    {
      name: "orientation-landscape-1.jpg",
      type: "image/jpeg",
      bytes: readFileSync(fixture("orientation-landscape-1.jpg")),
    },
    {
      name: "notes.jpg",
      type: "image/jpeg",
      bytes: Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
    },
    {
      name: "vector.svg",
      type: "image/svg+xml",
      bytes: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
      ),
    },
  ]);
  await expect(page.getByText("1 of 4 files uploaded")).toBeVisible({ timeout: 60_000 });
  await expect(row(page, "notes.jpg")).toHaveAttribute("data-upload-status", "refused");
  await expect(row(page, "notes.jpg").getByTestId("upload-message")).toHaveText(
    /^This file is an HTML document, not an image\. Only JPEG, PNG, WebP, GIF, AVIF, TIFF and HEIC\/HEIF images can be uploaded\.$/,
  );
  await expect(row(page, "vector.svg").getByTestId("upload-message")).toContainText(
    "SVG files are not accepted (they can carry scripts).",
  );
  await expect(page.getByRole("button", { name: "Retry notes.jpg" })).toHaveCount(0);
  const duplicate = page.getByRole("list", { name: "Files" }).locator('[data-upload-status="duplicate"]');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate.getByTestId("upload-message")).toContainText("Already in the library");
  await expect(grid(page).locator('li[data-status="READY"]')).toHaveCount(5, { timeout: 120_000 });
  // Every thumbnail shows, the newest one's too (its variants arrived by polling).
  const thumbnails = grid(page).locator("picture img");
  await expect(thumbnails).toHaveCount(5);
  for (const thumbnail of await thumbnails.all()) await expect(thumbnail).toHaveCSS("opacity", "1");
  await saveScreenshot(page, "upload-outcomes");
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, "upload-outcomes-phone");
  await page.setViewportSize({ width: 1440, height: 900 });

  // The duplicate links to the photo that already holds those bytes.
  await duplicate.getByRole("link", { name: "View the existing photo" }).click();
  const dialog = page.getByRole("dialog", { name: "orientation-landscape-1.jpg" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("1800 × 1200")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // The staff-only metadata of the phone photo, including its GPS.
  await grid(page).getByRole("link", { name: "phone-gps.jpg" }).click();
  const phoneDialog = page.getByRole("dialog", { name: "phone-gps.jpg" });
  await expect(phoneDialog).toBeVisible();
  // The large preview fades in over the placeholder once its variant has loaded.
  await expect(phoneDialog.getByRole("img", { name: "phone-gps.jpg" })).toHaveCSS("opacity", "1");
  await page.screenshot({ path: "test-results/screenshots/media-details.png", animations: "disabled" });
  await expect(phoneDialog.getByText("GPS", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");

  // Nothing of the refused files was kept; the grid comes back the same after a reload.
  await page.reload();
  await expect(grid(page).getByRole("listitem")).toHaveCount(5);
  await expect(grid(page).locator('li[data-status="READY"]')).toHaveCount(5);
  await expect(grid(page).getByRole("listitem", { name: "notes.jpg" })).toHaveCount(0);
  await page.mouse.move(0, 0);
  await saveScreenshot(page, "library-grid");

  // The upload's link opens the review queue on that photo.
  await page.goto(reviewHref);
  await expect(page.getByRole("region", { name: "Reviewing phone-gps.jpg" })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("the watermark is previewed live, saved, and re-applied to every photo with progress", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto(`/admin/models/${model.slug}`);
  await page
    .getByRole("navigation", { name: "Model sections" })
    .getByRole("link", { name: "Watermark" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/models/${model.slug}/watermark$`));
  await expect(page.getByText("All 5 photos carry the current watermark.")).toBeVisible();

  const mark = page.getByTestId("watermark-preview").getByTestId("watermark-mark");
  await page.getByRole("radio", { name: /Text/ }).check({ force: true });
  await page.getByLabel("Text", { exact: true }).fill(`© ${model.name}`);
  await expect(mark).toBeVisible();
  const before = await mark.boundingBox();

  // Moving the mark to the top left moves it in the preview at once, before anything is saved. It goes
  // to the top left of the area every cover crop keeps, so on a landscape photo it stays off the edge.
  await page.getByRole("radio", { name: "Top left" }).check({ force: true });
  await page.getByLabel("Size", { exact: true }).fill("35");
  await page.getByLabel("Opacity").fill("80");
  const preview = (await page.getByTestId("watermark-preview").boundingBox())!;
  await expect
    .poll(async () => {
      const box = (await mark.boundingBox())!;
      const centreX = box.x + box.width / 2 - preview.x;
      return box.x < before!.x && centreX < preview.width / 2 && box.y - preview.y < preview.height * 0.15;
    })
    .toBe(true);
  const after = (await mark.boundingBox())!;
  expect(after.width).toBeGreaterThan(before!.width);
  await expect(mark).toHaveCSS("opacity", "0.8");

  await page.getByRole("button", { name: "Save and apply" }).click();
  await expect(page.getByText("Watermark saved")).toBeVisible();
  // The re-derive may already be done on a fast machine; photograph it when it is still running.
  if (await page.getByRole("progressbar", { name: "Photos carrying the current watermark" }).isVisible())
    await saveScreenshot(page, "watermark-progress");
  await expect(page.getByText("All 5 photos carry the current watermark.")).toBeVisible({ timeout: 120_000 });

  // The server's own render of the same settings, for comparison.
  await page.getByRole("switch", { name: /Server render/ }).check({ force: true });
  await expect(page.getByRole("img", { name: /The watermark drawn by the server/ })).toHaveJSProperty(
    "complete",
    true,
  );
  await saveScreenshot(page, "watermark-server-render");
  await page.getByRole("switch", { name: /Server render/ }).uncheck({ force: true });
  await saveScreenshot(page, "watermark");

  // Saved: a reload shows the new settings.
  await page.reload();
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue(`© ${model.name}`);
  await expect(page.getByRole("radio", { name: "Top left" })).toBeChecked();

  // A logo instead: an SVG is refused by the server, with its message; a PNG becomes the mark.
  await page.getByRole("radio", { name: /^Logo/ }).check({ force: true });
  const logoInput = page.getByLabel("Logo", { exact: true });
  await logoInput.setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><circle cx="10" cy="10" r="8"/></svg>',
    ),
  });
  await page.getByRole("button", { name: "Save and apply" }).click();
  await expect(page.getByText("The watermark was not saved")).toBeVisible();
  await expect(page.locator("#logo-hint")).toContainText(
    "SVG files are not accepted (they can carry scripts).",
  );

  const logo = await sharp({
    create: { width: 600, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="600" height="200"><circle cx="100" cy="100" r="90" fill="#e11d48"/><rect x="220" y="60" width="360" height="80" rx="20" fill="#ffffff"/></svg>',
        ),
      },
    ])
    .png()
    .toBuffer();
  await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await expect(page.locator("#logo-hint")).toContainText("logo.png");
  await expect(mark.locator("img")).toBeVisible();
  const logoBox = (await mark.boundingBox())!;
  // The mark keeps the logo's 3:1 shape at 35% of the preview's width.
  expect(Math.abs(logoBox.width / logoBox.height - 3)).toBeLessThan(0.1);
  expect(Math.abs(logoBox.width / preview.width - 0.35)).toBeLessThan(0.02);
  await page.getByRole("button", { name: "Save and apply" }).click();
  await expect(page.getByText("Watermark saved")).toBeVisible();
  await expect(page.getByText("All 5 photos carry the current watermark.")).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole("img", { name: "Current logo" })).toHaveJSProperty("naturalWidth", 600);
  await saveScreenshot(page, "watermark-logo");
});

test("an owner gives a viewer read access to the model", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto("/admin/settings");
  await page.getByRole("button", { name: "Add staff member" }).click();
  const add = page.getByRole("dialog", { name: "Add a staff member" });
  await add.getByLabel("Name").fill(viewer.name);
  await add.getByLabel("Email").fill(viewer.email);
  await add.getByLabel("Role").selectOption("VIEWER");
  await add.getByLabel("Initial password").fill(viewer.password);
  await add.getByRole("button", { name: "Add staff member" }).click();
  await expect(add).toBeHidden();
  await page.goto(`/admin/models/${model.slug}`);
  // Another spec may have added a "Vera Viewer" too: the address tells them apart.
  await page.getByRole("checkbox", { name: new RegExp(viewer.email.split("@")[0]!) }).check();
  await page.getByRole("button", { name: "Save team" }).click();
  await expect(page.getByText("1 person assigned")).toBeVisible();
  await signOut(page);
});

test("a viewer sees the library but cannot upload, and the server refuses their upload", async ({ page }) => {
  await signIn(page, viewer.email, viewer.password);
  // The library across models shows the viewer's one model's photos, without any write action.
  await page.goto("/admin/library");
  await expect(grid(page).locator('li[data-status="READY"]')).toHaveCount(5);
  await saveScreenshot(page, "library-all-models-viewer");
  await page.goto(`/admin/models/${model.slug}/library`);
  await expect(grid(page).locator('li[data-status="READY"]')).toHaveCount(5);
  await expect(page.getByRole("button", { name: /Choose photos/ })).toHaveCount(0);
  await expect(page.getByTestId("drop-zone")).toHaveCount(0);
  await expect(page.getByText("You have read-only access.", { exact: false })).toBeVisible();

  const refused = await page.request.post(`/api/models/${model.slug}/media`, {
    multipart: {
      file: {
        name: "door.jpg",
        mimeType: "image/jpeg",
        buffer: readFileSync(fixture("orientation-landscape-4.jpg")),
      },
    },
  });
  expect(refused.status()).toBe(403);
  await page.reload();
  await expect(grid(page).getByRole("listitem")).toHaveCount(5);

  await page.goto(`/admin/models/${model.slug}/watermark`);
  await expect(page.getByText("You have read-only access to this model.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save and apply" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Choose .*logo/ })).toHaveCount(0);
  // The saved logo, loaded with the page, is drawn on the preview.
  await expect(
    page.getByTestId("watermark-preview").getByTestId("watermark-mark").locator("img"),
  ).toBeVisible();
  await saveScreenshot(page, "library-viewer-watermark");
});

test("fifty photos in one pick go up three at a time, each in its own request", async ({ page }) => {
  test.setTimeout(240_000);
  const bulk = { name: `Bulk Model ${runId}`, slug: `bulk-model-${runId}` };
  await signIn(page, OWNER.email, OWNER.password);
  expect(
    (await page.request.post("/api/models", { data: { slug: bulk.slug, displayName: bulk.name } })).status(),
  ).toBe(201);
  // Fifty small, different photos, made on the spot.
  const files = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => ({
      name: `bulk-${String(i + 1).padStart(2, "0")}.jpg`,
      mimeType: "image/jpeg",
      buffer: await sharp({
        create: {
          width: 480,
          height: 320,
          channels: 3,
          background: { r: (i * 47) % 256, g: (i * 91) % 256, b: (i * 13) % 256 },
        },
      })
        .composite([
          {
            input: Buffer.from(
              `<svg width="480" height="320"><text x="40" y="200" font-size="140">${i + 1}</text></svg>`,
            ),
          },
        ])
        .jpeg({ quality: 80 })
        .toBuffer(),
    })),
  );
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/models/${bulk.slug}/media`))
      uploads.push(request.url());
  });

  await page.goto(`/admin/models/${bulk.slug}/library`);
  // Every change of an upload's status is seen (no sampling): the most files ever uploading at once.
  await page.evaluate(() => {
    const seen = window as unknown as { mostUploading: number };
    seen.mostUploading = 0;
    new MutationObserver(() => {
      const uploading = document.querySelectorAll('[data-upload-status="uploading"]').length;
      seen.mostUploading = Math.max(seen.mostUploading, uploading);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await throttleUploads(cdp, 150 * 1024);
  await page.getByLabel("Choose photos to upload").setInputFiles(files);
  await expect(page.getByRole("heading", { name: "Uploading 50 files" })).toBeVisible();

  // Never more than three requests at once, and more than one.
  const list = page.getByRole("list", { name: "Files" });
  const mostUploading = () =>
    page.evaluate(() => (window as unknown as { mostUploading: number }).mostUploading);
  await expect.poll(mostUploading).toBeGreaterThan(1);
  await throttleUploads(cdp, null);

  await expect(page.getByText("50 photos uploaded")).toBeVisible({ timeout: 120_000 });
  await expect(list.locator('[data-upload-status="created"]')).toHaveCount(50);
  expect(await mostUploading()).toBeLessThanOrEqual(3);
  expect(uploads).toHaveLength(50);
  // The grid renders only the rows near the screen; its count says all fifty arrived.
  await expect(page.getByTestId("library-count")).toHaveText(/^50 photos/);
  await expect(grid(page).getByRole("listitem").first()).toBeVisible();
});
