// Addresses and fields that cannot name anything are answered plainly: a
// 404 or a field error, never a 500 or a server error page.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("out-of-range ids and NUL characters in addresses are 404, never 500", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  for (const path of [
    "/admin/imports/99999999999",
    "/indicators/%00",
    "/admin/indicators/%00",
    "/admin/people?q=%00",
    "/admin/audit?actor=%00",
    "/scorecards/front-door/2020-04%00",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found|no such|cannot be found/i);
  }
  const api = await request.get("/api/v1/indicators/%00/values", { headers: { authorization: "Bearer lnt_x" }, maxRedirects: 0 });
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ ok: false, code: "not_found", message: "There is nothing at this address." });
});

test("a NUL in the sign-in email is a field error, not a configuration error", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill("admin@lantern.example");
  await page.getByLabel("Email address").evaluate((input: HTMLInputElement) => (input.value = "admin\u0000@lantern.example"));
  await page.getByLabel("Password").fill("lantern-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Remove the invisible NUL character (U+0000): it cannot be part of an email address or password.").first()).toBeVisible();
  expect(page.url()).not.toContain("error=Configuration");
});
