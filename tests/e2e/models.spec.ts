import { expect, test } from "@playwright/test";
import { OWNER } from "./e2e-env";
import { runId, saveScreenshot, signIn, signOut } from "./helpers";

const editor = { name: "Eddie Editor", email: `eddie-${runId}@example.com`, password: "editor initial pw 1" };
const assigned = { name: `Ava Lindqvist ${runId}`, slug: `ava-lindqvist-${runId}` };
const other = { name: `Marco Bellini ${runId}`, slug: `marco-bellini-${runId}` };

test.describe.configure({ mode: "serial" });

test("an owner creates models, adds an editor and assigns them to one model", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);

  for (const model of [assigned, other]) {
    await page.getByRole("link", { name: "New model" }).first().click();
    await expect(page.getByRole("heading", { name: "New model" })).toBeVisible();
    await page.getByLabel("Display name").fill(model.name);
    // The slug follows the name until someone edits it.
    await expect(page.getByLabel("Slug")).toHaveValue(model.slug);
    await page.getByLabel("Bio").fill("Portrait and editorial work.");
    await page.getByRole("switch", { name: /Published/ }).check({ force: true });
    await page.getByRole("button", { name: "Create model" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/models/${model.slug}$`));
    await expect(page.getByRole("heading", { name: model.name })).toBeVisible();
    await page.getByRole("link", { name: "Models" }).first().click();
  }

  // A taken slug is refused next to the field.
  await page.getByRole("link", { name: "New model" }).first().click();
  await page.getByLabel("Display name").fill(assigned.name);
  await page.getByRole("button", { name: "Create model" }).click();
  await expect(page.getByText(`The slug "${assigned.slug}" is already taken.`).first()).toBeVisible();

  await page.goto("/admin/settings");
  await page.getByRole("button", { name: "Add staff member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a staff member" });
  await dialog.getByLabel("Name").fill(editor.name);
  await dialog.getByLabel("Email").fill(editor.email);
  await dialog.getByLabel("Role").selectOption("EDITOR");
  await dialog.getByLabel("Initial password").fill(editor.password);
  await dialog.getByRole("button", { name: "Add staff member" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("cell", { name: new RegExp(editor.email) })).toBeVisible();

  await page.goto(`/admin/models/${assigned.slug}`);
  await page.getByRole("checkbox", { name: new RegExp(editor.name) }).check();
  await page.getByRole("button", { name: "Save team" }).click();
  await expect(page.getByText("1 person assigned")).toBeVisible();

  await page.goto("/admin/models");
  await expect(page.getByRole("link", { name: assigned.name })).toBeVisible();
  await expect(page.getByRole("link", { name: other.name })).toBeVisible();
  await saveScreenshot(page, "models");
});

test("the editor sees only the assigned model, and another model's address is refused", async ({ page }) => {
  await signIn(page, editor.email, editor.password);
  const table = page.getByRole("table", { name: "Models" });
  await expect(table.getByRole("link", { name: assigned.name })).toBeVisible();
  await expect(table.getByRole("link", { name: other.name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New model" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await saveScreenshot(page, "models-editor");

  const response = await page.goto(`/admin/models/${other.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText(other.name)).toHaveCount(0);

  const api = await page.request.get(`/api/models/${other.slug}`);
  expect(api.status()).toBe(404);
  const list = await page.request.get("/api/models");
  expect((await list.json()).models.map((m: { slug: string }) => m.slug)).toEqual([assigned.slug]);

  const refused = await page.goto("/admin/models/new");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access" })).toBeVisible();

  // The assigned model can be edited.
  await page.goto(`/admin/models/${assigned.slug}`);
  await page.getByLabel("Bio").fill("Updated by the editor.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved")).toBeVisible();
  await signOut(page);
});
