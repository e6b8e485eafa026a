// The board pack's breakdowns in the browser, at desktop and phone widths:
// the board member's paper shows LAC1 by placement type as a chart with its
// table, the public release shows the small category as `c`, and LAC1's own
// page shows its breakdowns. Reads the demo's paper and its
// illustrative breakdowns (db/seed/demo/breakdowns.csv); writes nothing.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.setTimeout(600_000);
process.env.E2E_AXE_TIMEOUT ??= "300000";

for (const width of [1440, 390]) {
  test(`the paper and the public release show the breakdowns at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "board@lantern.example");
    await page.goto("/snapshots/1");
    const figure = page.getByRole("figure", { name: "LAC1 by placement type, April 2020" });
    await expect(figure).toBeVisible();
    const table = figure.getByRole("region", { name: "LAC1 by placement type, April 2020" });
    await expect(table.getByRole("row", { name: /Placed with parents 3/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /Total 487/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Download minutes/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/public/1");
    const shown = page.getByRole("figure", { name: "LAC1 by placement type, April 2020" });
    await expect(shown.getByRole("row", { name: "Placed with parents c c" })).toBeVisible();
    await expect(shown.getByText("c: a small number, suppressed so no child can be identified.")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the indicator page shows LAC1's breakdowns with the month's table", async ({ page }) => {
  await signIn(page, "admin@lantern.example");
  await page.goto("/indicators/LAC1?period=2020-04");
  await expect(page.getByRole("region", { name: "LAC1 by placement type, April 2020" })).toBeVisible();
  await expect(page.getByRole("region", { name: "LAC1 by ethnicity, April 2020" }).getByRole("row", { name: /Not recorded 4/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
