import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

test.describe("signing in and landing", () => {
  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/scorecards/front-door/2020-04");
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("heading", { name: "Sign in to Lantern" })).toBeVisible();
  });

  test("a wrong password gets a plain message", async ({ page }) => {
    await signIn(page, "admin@lantern.example", "not-the-password");
    await expect(page.locator("#signin-error")).toContainText("email address or password is not right");
    await expect(page).toHaveURL(/\/signin/);
  });

  for (const [email, landing, heading] of [
    // (the newest month: April 2020 in the demo, later if another spec loaded more)
    ["admin@lantern.example", /\/$/, /^Overview: \w+ 2020$/],
    ["manager@lantern.example", /\/$/, /^Overview: \w+ 2020$/],
    ["reporter@lantern.example", /\/$/, /^Overview: \w+ 2020$/],
    ["board@lantern.example", /\/board$/, /Board papers/],
  ] as const) {
    test(`${email} lands on their home page and can sign out`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(landing);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await signOut(page);
    });
  }
});

test("the reporter sees the front-door scorecard with the demo figures", async ({ page }) => {
  await signIn(page, "reporter@lantern.example");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/?period=2020-04");
  await page.getByRole("link", { name: /Front door/ }).first().click();
  await expect(page).toHaveURL(/\/scorecards\/front-door\/2020-04$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Front door.*April 2020/);
  const table = page.getByRole("table");
  // M1 contacts: Mar-20 1,198 and Apr-20 1,147 in the fixture (values.csv).
  const m1 = table.getByRole("row", { name: /^M1 / });
  await expect(m1).toContainText("Number of contacts received");
  await expect(m1).toContainText("1,147");
  await expect(m1).toContainText("1,198");
  await expect(m1).toContainText("Approved");
  await expect(m1).toContainText("The rate of Contacts remains low");
  await page.screenshot({ path: "tests/e2e/screenshots/front-door-1440.png", fullPage: true });
});

test("a board member is refused a scorecard by the server", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await expect(page).toHaveURL(/\/board$/);
  const response = await page.goto("/scorecards/front-door/2020-04");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByText("1,147")).toHaveCount(0);
  const api = await page.request.get("/api/scorecards/2020-04?service=front-door");
  expect(api.status()).toBe(403);
});

test("the CLI works beside the running server, through the server's socket on the embedded database", async () => {
  const { spawnSync } = await import("node:child_process");
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", "scorecard", "--period", "2020-04", "--service", "front-door", "--json"],
    { env: { ...process.env, DATABASE_URL: "", LANTERN_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e" }, encoding: "utf8" },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout).rows.find((r: { code: string }) => r.code === "M1")).toMatchObject({ value: 1147 });
});
