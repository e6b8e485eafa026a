// Scorecards in Chromium against the production build: the scorecard fits a
// 1280 px screen (and the overview and indicator page fit 1280 and 390) with
// axe clean; a row's detail opens by keyboard; changes of percentages read in
// points; honest counts; months that exist (404 for one with no figures);
// "No commentary needed" for several rows at once; withdrawing a submission;
// the monthly performance report. August 2020 for fostering is this spec's
// own month (loaded here), so no other spec's months matter.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, signOut } from "./helpers";

const AUGUST = "2020-08";
const AUGUST_CSV = ["indicator,period,value", "LAC9 (val),2020-08,21", "LAC9,2020-08,7", "LAC16,2020-08,160"].join("\n");

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A phone says so in its client hints (the scorecard then shows cards). */
async function asDevice(page: Page, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.setExtraHTTPHeaders(viewport.width < 768 ? { "sec-ch-ua-mobile": "?1" } : {});
}

/** Nothing wider than the window: the document scrolls only up and down. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(sizes.scroll, `document is ${sizes.scroll}px wide in a ${width}px window`).toBeLessThanOrEqual(sizes.client);
  expect(sizes.client).toBeLessThanOrEqual(width);
}

test("the overview, a scorecard and an indicator page fit 1280 and 390 px, with no axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "manager@lantern.example");
  for (const viewport of [WIDE, PHONE]) {
    await asDevice(page, viewport);
    for (const path of ["/?period=2020-04", "/scorecards/front-door/2020-04", "/scorecards/lac/2020-04?layout=table", "/indicators/EH4-QL?period=2020-04"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectNoSidewaysScroll(page, viewport.width);
      await expectNoAxeViolations(page);
    }
  }
  // At 1280 px the whole scorecard table is in view: its region does not scroll sideways either.
  await asDevice(page, WIDE);
  await page.goto("/scorecards/lac/2020-04");
  const region = page.getByRole("region", { name: /Children looked after scorecard for April 2020/ });
  const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
});

test("a row shows the board's columns, and its detail opens by keyboard with everything else", async ({ page }) => {
  await signIn(page, "reporter@lantern.example");
  await asDevice(page, WIDE);
  await page.goto("/scorecards/lac/2020-04");
  const headers = await page.getByRole("table").first().getByRole("columnheader").allTextContents();
  for (const column of ["Code", "Indicator", "Apr 20", "Trend", "Change", "Direction", "RAG", "Target", "YTD"]) {
    expect(headers.join("|")).toContain(column);
  }
  // LAC7-QL 66% → 50%: 16 points down, which is a relative fall of 24%
  const row = page.getByRole("row", { name: /^LAC7-QL / });
  await expect(row).toContainText("50%");
  await expect(row).toContainText("−16.0 pt");
  const button = row.getByRole("button", { name: "LAC7-QL details" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  const detail = page.locator(`#${await button.getAttribute("aria-controls")}`);
  await expect(detail).toBeHidden();
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(detail).toBeVisible();
  await expect(detail).toContainText("−16.0 percentage points; relative change −24%");
  await expect(detail).toContainText(/Common cause|Special cause|Run chart/);
  await expect(detail).toContainText("Outturns");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Space");
  await expect(detail).toBeHidden();
  // every column prints: the detail rows show in print
  await page.emulateMedia({ media: "print" });
  await expect(detail).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Loaded as a page, its HTML carries the table once (not again inside the
  // React payload: components/ui/kept-html.tsx) …
  const loaded = await (await page.request.get(page.url(), { headers: { accept: "text/html" } })).text();
  const rowButtons = await page.locator("button.row-toggle").count();
  expect(rowButtons).toBeGreaterThan(5);
  expect(loaded.split(`class="row-toggle" aria-expanded="false"`).length - 1).toBe(rowButtons);
  // … and reached from inside the app, or by going back to the first-loaded page, the table is there.
  await page.getByRole("navigation", { name: "Months" }).getByRole("link", { name: /Previous month: March 2020/ }).click();
  await expect(page).toHaveURL(/\/scorecards\/lac\/2020-03$/);
  await expect(page.getByRole("row", { name: /^LAC7-QL / })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/scorecards\/lac\/2020-04$/);
  await expect(page.getByRole("row", { name: /^LAC7-QL / })).toContainText("−16.0 pt");
  await page.getByRole("row", { name: /^LAC7-QL / }).getByRole("button", { name: "LAC7-QL details" }).click();
  await expect(page.getByText("−16.0 percentage points; relative change −24%")).toBeVisible();
});

test("counts commentary honestly and moves only across months with figures", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await asDevice(page, WIDE);
  await page.goto("/?period=2020-04");
  const card = page.getByRole("region", { name: "Children looked after" });
  await expect(card).toContainText(/\d+ approved · \d+ no commentary needed · \d+ waiting/);
  await page.goto("/scorecards/lac/2020-04");
  await expect(page.getByText(/^Commentary: \d+ approved · \d+ no commentary needed · \d+ waiting\./)).toBeVisible();
  // LAC has no figures after April 2020: no next month to go to
  const months = page.getByRole("navigation", { name: "Months" });
  await expect(months.getByRole("link", { name: /Previous month: March 2020/ })).toBeVisible();
  await expect(months.getByRole("link", { name: /Next month/ })).toHaveCount(0);

  // a month with no figures is a 404 that says so and offers the nearest months
  // (a month after the last: other specs load older archives, never later ones)
  const missing = await page.goto("/scorecards/lac/2030-01");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No figures have been loaded for January 2030");
  await expect(page).toHaveTitle("No figures for January 2030 · Lantern");
  const nearest = page.getByRole("navigation", { name: "Nearest months with figures" });
  await expect(nearest.getByRole("link")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await nearest.getByRole("link", { name: "Children looked after: April 2020" }).click();
  await expect(page).toHaveURL(/\/scorecards\/lac\/2020-04$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Children looked after: April 2020");
  await expect(page).toHaveTitle("Children looked after: April 2020 · Lantern");
  await expect(page.getByRole("navigation", { name: "Months" }).getByRole("link", { name: /Next month/ })).toHaveCount(0);
});

test("a manager marks several rows 'No commentary needed' with one reason; a reporter withdraws a submission", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@lantern.example");
  const loaded = await page.evaluate(
    async (csv) => (await fetch("/api/import/values?file=fostering-2020-08.csv", { method: "POST", body: csv, headers: { "content-type": "text/csv" } })).status,
    AUGUST_CSV,
  );
  expect(loaded).toBe(200);
  await signOut(page);

  // the fostering reporter starts from last month's text, submits, and withdraws it again
  await signIn(page, "adoption.fostering.lead@lantern.example");
  await page.goto(`/commentary?period=${AUGUST}`);
  await page.getByRole("link", { name: /^LAC16 / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("August 2020");
  const editor = page.getByRole("textbox", { name: "Commentary" });
  await page.getByRole("button", { name: /Start from last month's text/ }).click();
  await expect(editor).not.toHaveValue("");
  await editor.press("End");
  await editor.pressSequentially(" August: up again.");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText("This commentary is with the manager for approval")).toBeVisible();
  await page.getByRole("button", { name: "Withdraw it to edit" }).click();
  await expect(page.getByRole("textbox", { name: "Commentary" })).toBeEditable();
  await expect(page.getByText("Status:")).toContainText("Draft");
  await expectNoAxeViolations(page);
  // and submits it again, for the manager
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText("This commentary is with the manager for approval")).toBeVisible();
  await signOut(page);

  // the manager ticks two rows, gives one reason, and both are marked
  await signIn(page, "manager@lantern.example");
  await page.goto(`/approvals?period=${AUGUST}`);
  // the approval card shows what it approves: the month's figure, change, direction, RAG and the last six months
  const card = page.getByRole("article", { name: /^LAC16 Number of in-house foster carers/ });
  await expect(card).toContainText("August 2020: 160");
  await expect(card).toContainText(/relative change/);
  await expect(card).toContainText(/Mar 20 to Aug 20: .*160/);
  const panel = page.getByRole("region", { name: /^Fostering.*August 2020$/ });
  await panel.getByRole("checkbox", { name: "Choose LAC9 (val) for no commentary needed" }).check();
  await panel.getByRole("checkbox", { name: "Choose LAC9 for no commentary needed", exact: true }).check();
  await expect(panel.getByText(/^Chosen: /)).toHaveText("Chosen: LAC9 (val), LAC9.");
  await panel.getByRole("textbox", { name: "Why is no commentary needed on the chosen indicators?" }).fill("Within the usual range this month.");
  await panel.getByRole("button", { name: "Mark the 2 chosen indicators as no commentary needed" }).click();
  await expect(panel.getByText(/^Marked /)).toHaveText("Marked LAC9 (val), LAC9 as needing no commentary.");
  await expect(panel.getByRole("row", { name: /^LAC9 \(val\) / })).toContainText("No commentary needed");
  await expect(panel.getByRole("row", { name: /^LAC9 Percentage/ })).toContainText("No commentary needed");
  await expect(panel.getByRole("row", { name: /^LAC16 / })).toContainText("Submitted");
  await expectNoAxeViolations(page);
});

test("the monthly performance report: summary columns with the demo's figures, a page per section, XLSX", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await asDevice(page, WIDE);
  const response = await page.goto("/reports/2020-04");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Monthly performance report: April 2020");
  await expectNoSidewaysScroll(page, WIDE.width);
  // the summary and each section are a page each, reached from the contents (and from one to the next)
  await page.getByRole("region", { name: "Contents" }).getByRole("link", { name: "Summary" }).click();
  await expect(page).toHaveURL(/\/reports\/2020-04\/summary$/);
  const summary = page.getByRole("table", { name: /summary, April 2020/ });
  const eh4 = summary.getByRole("row", { name: /EH4-QL Percentage of Single Assessments/ });
  for (const text of ["High", "82%", "88%", "79%", "↓ worse", "Amber", "<72.9%", "72.9%–81%", "81%+", "76%"]) await expect(eh4).toContainText(text);
  await expectNoSidewaysScroll(page, WIDE.width);
  await page.goto("/reports/2020-04");
  await page.getByRole("region", { name: "Contents" }).getByRole("link", { name: "Children looked after", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/2020-04\/sections\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Children looked after", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Significant changes and areas of concern" })).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Report pages" }).getByRole("link", { name: /^Previous: / })).toBeVisible();
  await expectNoSidewaysScroll(page, WIDE.width);
  // axe on this long page (every indicator with its chart and twelve months) is in ./monthly-report.spec.ts, at 1440 and 390
  const xlsx = await page.request.get("/reports/2020-04/xlsx");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toContain("lantern-monthly-report-2020-04.xlsx");
  expect((await page.request.get("/reports/1900-01/xlsx")).status()).toBe(404);
});
