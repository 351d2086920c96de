import { expect, test } from "@playwright/test";
import { OWNER } from "./e2e-env";
import { saveScreenshot, signIn, signOut } from "./helpers";

test("an anonymous visitor of the dashboard is sent to the sign-in page and back afterwards", async ({
  page,
}) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin$/);

  await page.goto("/admin/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fsettings$/);
  await expect(page.getByRole("heading", { name: "Sign in to your dashboard" })).toBeVisible();
  await saveScreenshot(page, "signin");

  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("a wrong password is refused with the generic message and no session", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect" })).toHaveText(
    "Incorrect email or password.",
  );
  await expect(page.getByLabel("Email")).toHaveValue(OWNER.email);

  await page.goto("/admin/models");
  await expect(page).toHaveURL(/\/signin/);
});

test("the JSON API refuses a caller without a session", async ({ request }) => {
  const response = await request.get("/api/models");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await signOut(page);
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/admin/models");
  await expect(page).toHaveURL(/\/signin/);
});

test("the running server reports itself healthy", async ({ request }) => {
  // The embedded job executor starts shortly after the server; give it a moment.
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 30_000 }).toBe(200);
  const body = await (await request.get("/api/health")).json();
  expect(body).toMatchObject({
    status: "ok",
    checks: { database: { status: "ok" }, storage: { status: "ok" }, jobs: { status: "ok" } },
  });
});
