// The scorecard pages in Chromium against the production build: what each
// role sees, the URL-driven view, exports, print, accessibility (axe, WCAG
// 2.2 AA, 0 violations for every role that may see a page) and screenshots.
import { expect, test, type Page } from "@playwright/test";
import { signIn, expectNoAxeViolations } from "./helpers";

const PAGES = [
  { name: "overview", path: "/?period=2020-04", heading: /Overview: April 2020/ },
  { name: "scorecard-front-door", path: "/scorecards/front-door/2020-04", heading: /Front door.*April 2020/ },
  { name: "scorecard-assessment-12", path: "/scorecards/assessment/2020-04?months=12", heading: /Assessment: April 2020/ },
  { name: "indicator-eh4", path: "/indicators/EH4-QL?period=2020-04", heading: /EH4-QL: Percentage of Single Assessments/ },
] as const;
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** A phone says so in its client hints; Lantern then shows scorecards as cards. */
async function asDevice(page: Page, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.setExtraHTTPHeaders(viewport.width < 768 ? { "sec-ch-ua-mobile": "?1" } : {});
}


// The pages' content is the same for every staff role; only the header differs
// (the links a role may follow). So one role is checked on every page at both
// widths, and each other role once per page, at one width each.
const AXE_RUNS = [
  { email: "admin@lantern.example", viewports: VIEWPORTS },
  { email: "manager@lantern.example", viewports: [VIEWPORTS[0]] },
  { email: "reporter@lantern.example", viewports: [VIEWPORTS[1]] },
];

for (const { email, viewports } of AXE_RUNS) {
  const widths = viewports.map((v) => v.width).join(" and ");
  test(`${email}: every scorecard page passes axe at ${widths} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/$/);
    for (const viewport of viewports) {
      await asDevice(page, viewport);
      for (const p of PAGES) {
        const response = await page.goto(p.path);
        expect(response?.status(), p.path).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
        await expectNoAxeViolations(page);
      }
    }
  });
}

test("screenshots of each page at 1440×900 and 390×844, and in print", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "manager@lantern.example");
  await expect(page).toHaveURL(/\/$/);
  for (const viewport of VIEWPORTS) {
    await asDevice(page, viewport);
    for (const p of PAGES) {
      await page.goto(p.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `tests/e2e/screenshots/${p.name}-${viewport.width}.png`, fullPage: true });
    }
  }
  await asDevice(page, { width: 1047, height: 718 }); // A4 landscape less 10 mm margins, at 96 dpi
  await page.emulateMedia({ media: "print" });
  for (const p of PAGES) {
    await page.goto(p.path);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await page.screenshot({ path: `tests/e2e/screenshots/${p.name}-print.png`, fullPage: true });
  }
  // the overview's board paper prints a page per service: the overview stays a summary whatever the
  // catalogue's size, and links to the month's report in print, which has the rows
  await page.goto("/?period=2020-04");
  const services = await page.locator("section[aria-labelledby^=svc-]").count();
  // (the link itself is not printed)
  await expect(page.locator("a", { hasText: "Print the board paper" })).toHaveAttribute("href", "/reports/2020-04/print");
  await expect(page.locator(".print-page")).toHaveCount(0);
  await page.goto("/reports/2020-04/print");
  const servicePages = page.locator(".report-section.print-page");
  expect(await servicePages.count()).toBe(services);
  await expect(servicePages.first()).toBeVisible();
  expect(await servicePages.first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
});

test.describe("the service scorecard", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "reporter@lantern.example");
    await expect(page).toHaveURL(/\/$/);
  });

  test("shows every column a board asks for, in words as well as colour", async ({ page }) => {
    await page.goto("/scorecards/assessment/2020-04");
    const row = page.getByRole("row", { name: /^EH4-QL / });
    await expect(row).toContainText("Percentage of Single Assessments");
    await expect(row).toContainText("79%");
    await expect(row).toContainText("88%");
    await expect(row).toContainText("worse");
    await expect(row).toContainText("Amber");
    await expect(row.getByRole("link", { name: "Commentary for EH4-QL" })).toHaveAttribute("href", /^\/commentary\/2020-04\/\d+$/);
    // benchmarks and SPC are in the row's detail, opened from the row
    const details = row.getByRole("button", { name: "EH4-QL details" });
    await details.click();
    const detail = page.locator(`#${await details.getAttribute("aria-controls")}`);
    await expect(detail).toContainText("England 81%");
    await expect(detail).toContainText("we are worse");
    await expect(detail).toContainText(/Common cause|Special cause/);
    const changes = page.getByRole("region", { name: /Significant changes/ });
    await expect(changes).toContainText("EH4-QL");
  });

  test("filters, sorts and moves between months through the URL", async ({ page }) => {
    await page.goto("/scorecards/assessment/2020-04");
    await page.getByLabel("RAG").selectOption("amber");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/rag=amber/);
    const rows = page.getByRole("table").first().locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("Amber");

    await page.getByRole("link", { name: /^Code/ }).click();
    await expect(page).toHaveURL(/sort=code/);
    await expect(page).toHaveURL(/rag=amber/);
    await expect(page.getByRole("columnheader", { name: /^Code/ })).toHaveAttribute("aria-sort", "ascending");
    await page.getByRole("link", { name: /^Code/ }).click();
    await expect(page.getByRole("columnheader", { name: /^Code/ })).toHaveAttribute("aria-sort", "descending");

    await page.getByRole("link", { name: /Previous month: March 2020/ }).click();
    await expect(page).toHaveURL(/\/scorecards\/assessment\/2020-03\?.*rag=amber/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/March 2020/);
  });

  test("says in plain words when a URL parameter is wrong, never a stack trace", async ({ page }) => {
    const response = await page.goto("/scorecards/front-door/2020-04?sort=nonsense&rag=purple");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "could not be used" });
    await expect(alert).toContainText('"nonsense" is not a choice for sort');
    await expect(alert).toContainText('"purple" is not a choice for rag');
    const bad = await page.goto("/scorecards/front-door/2020-13");
    expect(bad?.status()).toBe(404);
  });

  test("is readable on a phone as cards", async ({ page }) => {
    await asDevice(page, { width: 390, height: 844 });
    await page.goto("/scorecards/front-door/2020-04");
    await expect(page.getByRole("table")).toHaveCount(0);
    const cards = page.getByRole("list", { name: "Indicators" });
    await expect(cards.getByRole("heading", { name: /^M1 Number of contacts/ })).toBeVisible();
    await expect(cards).toContainText("1,147");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // and a desktop can ask for cards, a phone for the table
    await asDevice(page, { width: 1440, height: 900 });
    await page.goto("/scorecards/front-door/2020-04");
    await page.getByRole("link", { name: "Show as cards (easier on a phone)" }).click();
    await expect(page).toHaveURL(/layout=cards/);
    await expect(page.getByRole("list", { name: "Indicators" })).toBeVisible();
  });

  test("exports CSV and XLSX in the import columns", async ({ page }) => {
    const csv = await page.request.get("/scorecards/front-door/2020-04/export?format=csv&kind=values");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("indicator,period,value,numerator,denominator,note");
    expect(text).toContain("M1,2020-04,1147");
    const xlsx = await page.request.get("/scorecards/front-door/2020-04/export?format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-disposition"]).toContain("lantern-front-door-2020-04.xlsx");
    const all = await page.request.get("/api/export/2020-04?format=csv&kind=indicators");
    expect(all.status()).toBe(200);
    expect((await all.text()).split("\r\n").length).toBeGreaterThan(55);
    const bad = await page.request.get("/scorecards/front-door/2020-04/export?format=pdf");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ ok: false, code: "invalid", message: "format: use csv or xlsx" });
  });
});

test("the indicator page has its charts' figures as tables, reachable by keyboard", async ({ page }) => {
  await signIn(page, "reporter@lantern.example");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/indicators/EH4-QL?period=2020-04");
  await expect(page.getByRole("heading", { name: "Statistical process control" })).toBeVisible();
  await expect(page.getByRole("img", { name: /SPC chart for EH4-QL/ })).toBeVisible();
  const summary = page.getByText("Show the figures as a table").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("table", { name: "EH4-QL month by month" })).toBeVisible();
  await expect(page.getByRole("table", { name: "EH4-QL monthly figures and revisions" })).toContainText("April 2020");
  await expect(page.getByText("Commentary, month by month")).toBeVisible();
  const spaced = await page.goto(`/indicators/${encodeURIComponent("M6-QL (val)")}`);
  expect(spaced?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^M6-QL \(val\): Number of referrals/);
  const missing = await page.goto("/indicators/NOPE");
  expect(missing?.status()).toBe(404);
});

test("a board member is refused the overview, indicator pages and exports", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await expect(page).toHaveURL(/\/board$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/board$/);
  const indicator = await page.goto("/indicators/EH4-QL");
  expect(indicator?.status()).toBe(403);
  await expect(page.getByText("79%")).toHaveCount(0);
  const exported = await page.request.get("/scorecards/front-door/2020-04/export?format=csv&kind=values");
  expect(exported.status()).toBe(403);
  expect((await page.request.get("/api/export/2020-04?format=xlsx")).status()).toBe(403);
});

test("an anonymous visitor is sent to sign in from every page and gets no export", async ({ page }) => {
  for (const p of PAGES) {
    await page.goto(p.path);
    await expect(page).toHaveURL(/\/signin/);
  }
  const exported = await page.request.get("/scorecards/front-door/2020-04/export?format=csv", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(exported.status());
  expect(exported.headers()["content-type"] ?? "").not.toContain("text/csv");
});
