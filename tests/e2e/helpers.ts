import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.LANTERN_DEMO_PASSWORD || "lantern-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Wait for the session before the test moves on (a wrong password stays on /signin).
  if (password === DEMO_PASSWORD) await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}
