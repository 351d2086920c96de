import { expect, type Page } from "@playwright/test";

/** A suffix that keeps names unique when the suite runs again on the same server. */
export const runId = Date.now().toString(36).slice(-5);

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/models$/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** Saves a screenshot for people to look at (not compared by the tests). */
export async function saveScreenshot(page: Page, name: string) {
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: true,
    animations: "disabled",
  });
}

/** A screenshot of the whole page in a window as tall as the page, so the fixed sidebar spans it too. */
export async function saveTallScreenshot(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await saveScreenshot(page, name);
  await page.setViewportSize(viewport);
}
