// The moderation journey on the real stack (next start, MariaDB, sharp, the embedded job executor and
// the on-device classifier inside the server): an owner sets a model's policy so that every photo
// needs a person, uploads photos, and works through the review queue with the keyboard; the public
// can fetch the approved photo's files and not the rejected one's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type Page } from "@playwright/test";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, saveTallScreenshot as saveScreenshot, signIn } from "./helpers";

import { FIXTURES } from "../helpers/fixtures";
const model = { name: `Mara Quinn ${runId}`, slug: `mara-quinn-${runId}` };
const PHOTOS = ["door-knocker.jpg", "orientation-landscape-1.jpg", "orientation-landscape-2.jpg"];

test.describe.configure({ mode: "serial" });

const statuses = async () =>
  queryE2eDb<{ filename: string; moderationStatus: string; status: string }[]>(
    "SELECT m.filename, m.moderationStatus, m.status FROM MediaItem m JOIN Model o ON o.id = m.modelId WHERE o.slug = ? ORDER BY m.filename",
    [model.slug],
  );

const queueList = (page: Page) => page.getByRole("list", { name: "Photos in this queue" });
const reviewing = (page: Page) => page.getByRole("region", { name: /^Reviewing / });

/** The public's view of a photo's files: a browser context without a session. */
async function publicStatusesOf(baseURL: string, filename: string): Promise<number[]> {
  const [row] = await queryE2eDb<{ id: string }[]>(
    "SELECT m.id FROM MediaItem m JOIN Model o ON o.id = m.modelId WHERE o.slug = ? AND m.filename = ?",
    [model.slug, filename],
  );
  const keys = await queryE2eDb<{ storageKey: string }[]>(
    "SELECT storageKey FROM MediaVariant WHERE mediaId = ? AND format <> 'AVIF'",
    [row!.id],
  );
  const anonymous = await request.newContext({ baseURL });
  try {
    const codes = new Set<number>();
    for (const { storageKey } of keys) {
      const response = await anonymous.get(`/api/files/${storageKey.replace(/^public\//, "")}`);
      codes.add(response.status());
    }
    return [...codes];
  } finally {
    await anonymous.dispose();
  }
}

test("an owner makes every photo of a model wait for a person, and uploads three", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto("/admin/models/new");
  await page.getByLabel("Display name").fill(model.name);
  await expect(page.getByLabel("Slug")).toHaveValue(model.slug);
  await page.getByRole("button", { name: "Create model" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/models/${model.slug}$`));

  // Scores are still computed on this server, but nothing is decided automatically.
  const policy = page.getByRole("region", { name: "Moderation policy" });
  await policy.getByLabel("Checked by").selectOption("local");
  await policy.getByLabel("Approve automatically below").fill("0");
  await policy.getByLabel("Reject automatically above").fill("100");
  await expect(policy.getByText("Review in between")).toBeVisible();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Moderation policy saved")).toBeVisible();
  // The form comes back from the server with the saved values, nothing left to save.
  await expect(policy.getByLabel("Approve automatically below")).toHaveValue("0");
  await expect(policy.getByRole("button", { name: "Save policy" })).toBeDisabled();
  await saveScreenshot(page, "moderation-policy");

  for (const name of PHOTOS) {
    const response = await page.request.post(`/api/models/${model.slug}/media`, {
      multipart: { file: { name, mimeType: "image/jpeg", buffer: readFileSync(path.join(FIXTURES, name)) } },
    });
    expect(response.status(), name).toBe(201);
  }
  await expect
    .poll(async () => (await statuses()).map((row) => row.moderationStatus), { timeout: 120_000 })
    .toEqual(["NEEDS_REVIEW", "NEEDS_REVIEW", "NEEDS_REVIEW"]);
});

test("the review queue: approve with A, move with J and K, reject with R and a reason", async ({
  page,
  baseURL,
}) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.getByRole("link", { name: "Moderation" }).click();
  await expect(page).toHaveURL(/\/admin\/moderation$/);
  await page.getByLabel("Model").selectOption({ label: model.name });
  await expect(page).toHaveURL(new RegExp(`model=${model.slug}`));

  const list = queueList(page);
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("link", { name: /Needs review\s*3/ })).toHaveAttribute("aria-current", "page");
  const panel = reviewing(page);
  await expect(panel.getByText("1 of 3")).toBeVisible();
  // The scores of the on-device classifier, and the automatic decision that sent it here.
  await expect(panel.getByRole("img", { name: /^Unsafe score/ })).toBeVisible();
  await expect(panel.getByRole("list", { name: "Class scores" }).getByRole("listitem")).toHaveCount(5);
  await expect(panel.getByText("Sent to review automatically")).toBeVisible();
  await expect(panel.getByRole("img", { name: /Photo under review/ })).toBeVisible();
  await saveScreenshot(page, "moderation-queue");

  // J and → move on, K and ← move back.
  await page.keyboard.press("j");
  await expect(panel.getByText("2 of 3")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(panel.getByText("3 of 3")).toBeVisible();
  await page.keyboard.press("k");
  await page.keyboard.press("ArrowLeft");
  await expect(panel.getByText("1 of 3")).toBeVisible();

  // The help lists the shortcuts.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByText("Approve the photo")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // A approves the first photo: it leaves the queue and the next one shows.
  const first = (await panel.getByRole("heading", { level: 2 }).textContent())!.replace(/Moderation:.*$/, "");
  const approvedName = PHOTOS.find((name) => first.includes(name))!;
  await page.keyboard.press("a");
  await expect(page.getByText(`Approved: ${approvedName}`)).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(2);

  // Approved by mistake: Undo in the toast puts the photo back in the queue, as the one shown.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`${approvedName} is back in Needs review.`)).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(panel.getByRole("heading", { level: 2 })).toContainText(approvedName);
  await expect(page.getByRole("link", { name: /Needs review\s*3/ })).toBeVisible();
  expect((await statuses()).find((row) => row.filename === approvedName)?.moderationStatus).toBe(
    "NEEDS_REVIEW",
  );
  await saveScreenshot(page, "moderation-undone");
  // The undo is history too, and approving it for real works as before.
  await expect(panel.getByText(`Approved by ${OWNER.name}`)).toBeVisible();
  await page.keyboard.press("a");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(panel.getByText("1 of 2")).toBeVisible();
  await expect(page.getByRole("link", { name: /Needs review\s*2/ })).toBeVisible();

  // R asks for a reason; typing it (letters a, j, r included) triggers no shortcut.
  const second = (await panel.getByRole("heading", { level: 2 }).textContent())!;
  const rejectedName = PHOTOS.find((name) => second.includes(name))!;
  await page.keyboard.press("r");
  const dialog = page.getByRole("dialog", { name: "Reject this photo" });
  await expect(dialog).toBeVisible();
  await page.keyboard.type("Another agency's watermark in the corner, a jarring crop");
  await expect(dialog.getByLabel(/Reason/)).toHaveValue(
    "Another agency's watermark in the corner, a jarring crop",
  );
  expect((await statuses()).filter((row) => row.moderationStatus === "NEEDS_REVIEW")).toHaveLength(2);
  await saveScreenshot(page, "moderation-reject-dialog");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Rejected: ${rejectedName}`)).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await expect
    .poll(async () =>
      Object.fromEntries((await statuses()).map((row) => [row.filename, row.moderationStatus])),
    )
    .toMatchObject({ [approvedName]: "APPROVED", [rejectedName]: "REJECTED" });
  // Only a published model's photos are public: until now the model was staff-only.
  await queryE2eDb("UPDATE `Model` SET published = 1 WHERE slug = ?", [model.slug]);
  expect(await publicStatusesOf(baseURL!, approvedName)).toEqual([200]);
  expect(await publicStatusesOf(baseURL!, rejectedName)).toEqual([404]);

  // The rejected photo's history says who rejected it and why.
  await page.getByRole("link", { name: /Rejected\s*\d+/ }).click();
  await expect(panel.getByText(`Rejected by ${OWNER.name}`)).toBeVisible();
  await expect(panel.getByText("Another agency's watermark in the corner, a jarring crop")).toBeVisible();
});

test("the last photo in bulk: select all, approve, and the queue is empty", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto(`/admin/moderation?model=${model.slug}`);
  await expect(queueList(page).getByRole("listitem")).toHaveCount(1);
  await page.getByLabel("Select all photos").check();
  await expect(page.getByText("1 selected")).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Nothing needs review" })).toBeVisible();
  // Undo works for a bulk decision too: the photo comes back, and is approved again.
  await page.getByRole("button", { name: "Undo" }).click();
  // One photo selected is decided as one: the toast names it.
  await expect(page.getByText(/^\S+\.jpg is back in Needs review\.$/)).toBeVisible();
  await expect(queueList(page).getByRole("listitem")).toHaveCount(1);
  await page.getByLabel("Select all photos").check();
  await page.getByRole("button", { name: "Approve", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Nothing needs review" })).toBeVisible();
  await saveScreenshot(page, "moderation-empty");
  expect((await statuses()).filter((row) => row.moderationStatus === "NEEDS_REVIEW")).toEqual([]);
});
