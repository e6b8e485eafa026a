// The formula editor in Chromium against the production build: an indicator
// of its own made by a catalogue import (a rolling sum of referrals), its
// formula checked and previewed before saving (a bad window, an unknown code,
// then the last 12 months worked out from the stored figures, a month short of
// a figure saying which), saved (the stored figures are worked out again) and
// read on its page. axe on each state; the editor fits 390 and 320 px.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const code = `F${Date.now().toString(36).toUpperCase()}`;
// the catalogue file's columns (docs/data-formats.md)
const INDICATOR_COLUMNS = ["code", "title", "service", "polarity", "unit", "aggregation", "decimals", "frequency", "green_min", "green_max", "amber_min", "amber_max", "target", "outcome", "definition", "owner", "reporter", "council_plan", "formula"];
const cells: Record<string, string> = {
  code,
  title: "Referrals over the last three months (formula test)",
  service: "workforce",
  polarity: "info",
  unit: "count",
  aggregation: "point",
  decimals: "0",
  formula: '"rolling_sum({M2}, 3)"',
};
const catalogue = `${INDICATOR_COLUMNS.join(",")}\n${INDICATOR_COLUMNS.map((c) => cells[c] ?? "").join(",")}\n`;

async function fitsWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  // what sticks out, named, should it fail
  const wide = await page.evaluate((w) => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 1).slice(-3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`), width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `the editor at ${width} px: ${wide.join(" | ")}`).toBeLessThanOrEqual(width);
}

test("a formula is checked, previewed from the stored figures and saved in the catalogue editor", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");

  // Its own indicator, through the catalogue import.
  await page.goto("/admin/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "formula-indicator.csv", mimeType: "text/csv", buffer: Buffer.from(catalogue) });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: /^Import 1 row/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported formula-indicator.csv" })).toBeVisible();

  await page.goto(`/admin/indicators/${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  const formula = page.getByLabel("Formula", { exact: true });
  await expect(formula).toHaveValue("rolling_sum({M2}, 3)");
  const preview = page.getByTestId("formula-preview");
  const check = page.getByRole("button", { name: "Check and preview" });

  // Problems are said in words before saving.
  await formula.fill("rolling_sum({M2}, 0)");
  await check.click();
  await expect(preview).toContainText("must be a whole number of months from 2 to 36, not 0");
  await formula.fill("{M2} + {NOPE}");
  await check.click();
  await expect(preview).toContainText("The formula names {NOPE}, which is not an indicator code in the catalogue.");
  await expectNoAxeViolations(page);

  // The preview: April 2020 is (300 + 286) ÷ 2 = 293; October 2019 has no September before it.
  await formula.fill("rolling_mean({M2}, 2)");
  await check.click();
  const table = page.getByRole("table", { name: "The formula's last 12 months, worked out from the stored figures" });
  await expect(table.getByRole("row", { name: /^April 2020 / })).toContainText("293");
  await expect(table.getByRole("row", { name: /^October 2019 / })).toContainText("no figure for M2 in September 2019");
  await expectNoAxeViolations(page);
  await fitsWidth(page, 390);
  await fitsWidth(page, 320);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Saved, the stored figures follow; a month short of a figure says why on the indicator's page.
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.goto(`/indicators/${code}?period=2020-04`);
  await expect(page.getByRole("heading", { name: "April 2020" }).locator("..")).toContainText("293");
  await page.goto(`/indicators/${code}?period=2019-10`);
  await expect(page.getByText("no figure for M2 in September 2019").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
