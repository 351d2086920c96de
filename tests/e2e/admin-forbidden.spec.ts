// Admin pages a role may not open answer 403 with the friendly explanation, not a 200 that only looks
// like a refusal (monitoring, crawlers and the browser's history all read the status).
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, signIn } from "./helpers";

const viewer = { email: `vince-forbidden-${runId}@example.com`, password: "viewer password 1" };
const MANAGER_PAGES = ["/admin/jobs", "/admin/audit", "/admin/models/new"];

test.beforeAll(async () => {
  await queryE2eDb(
    "INSERT INTO `User` (id, email, name, role, passwordHash, updatedAt) VALUES (?, ?, 'Vince Viewer', 'VIEWER', ?, NOW(3))",
    [`e2e${randomBytes(10).toString("hex")}`, viewer.email, await hashPassword(viewer.password)],
  );
});

test("a viewer opening a manager's page gets 403 and the friendly explanation", async ({ page }) => {
  await signIn(page, viewer.email, viewer.password);
  for (const pathname of MANAGER_PAGES) {
    const response = await page.goto(pathname);
    expect(response?.status(), pathname).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to models" })).toBeVisible();
    // Still inside the dashboard: the navigation is there to go elsewhere.
    await expect(page.getByRole("link", { name: "Galleries" })).toBeVisible();
  }
  // Their own settings stay open to them.
  expect((await page.goto("/admin/settings"))?.status()).toBe(200);
});

test("an owner opens the same pages", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  for (const pathname of MANAGER_PAGES) {
    expect((await page.goto(pathname))?.status(), pathname).toBe(200);
    await expect(page.getByRole("heading", { name: "You don't have access" })).toHaveCount(0);
  }
});
