// A board pack with a cohort and a chosen breakdown, in the browser, with its
// own data: the admin loads a cohort (a count indicator, its sizes and its
// outcomes) through the import page; the manager drafts a paper whose first
// theme shows LAC1 by placement type only and whose second cites the cohort,
// and publishes it with a public release. The board member's paper then shows
// the breakdown chart with its table and the cohort's outcomes with theirs, at
// 1440 and 390 px with axe clean; the public release shows the small ones as
// `c`; the paper's PDF has the cohort's table in its text.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.setTimeout(600_000);
process.env.E2E_AXE_TIMEOUT ??= "300000";

// unique to the run, so the spec passes again on the same data and in any order
const CODE = `EOC${Date.now().toString(36).slice(-5).toUpperCase()}`;
const TITLE = `Edge of care cohort ${CODE}`;
const CAPTION = `${CODE} ${TITLE}: outcomes by April 2020`;
let paperId = "";

async function importCsv(page: Page, name: string, text: string, rows: number) {
  await page.goto("/admin/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Preview of ${name.replace(".", "\\.")}`) })).toBeVisible();
  await page.getByRole("button", { name: `Import ${rows} row${rows === 1 ? "" : "s"}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Imported ${name}` })).toBeVisible({ timeout: 60_000 });
}

async function as(browser: Browser, email: string, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await work(page);
  await context.close();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(600_000);
  await as(browser, "admin@lantern.example", async (page) => {
    await importCsv(page, `${CODE}-indicator.csv`, `code,title,service,polarity,unit,aggregation\n${CODE},${TITLE},lac,info,count,point\n`, 1);
    await importCsv(page, `${CODE}-values.csv`, `indicator,period,value\n${CODE},2020-04,50\n`, 1);
    const outcomes = [
      "cohort,period,outcome,value,within",
      `${CODE},2020-04,Did not become looked after,37,`,
      `${CODE},2020-04,Child in need level,21,Did not become looked after`,
      `${CODE},2020-04,Child protection level,16,Did not become looked after`,
      `${CODE},2020-04,Became looked after,9,`,
    ];
    await importCsv(page, `${CODE}-cohort.csv`, `${outcomes.join("\n")}\n`, 4);
  });
  await as(browser, "manager@lantern.example", async (page) => {
    await page.goto("/snapshots/new?period=2020-04");
    await page.getByLabel("Title").fill(`Board pack with ${CODE}`);
    // before the demo's two meetings (18 May and 15 June 2020): no other paper's "last meeting" is this one
    await page.getByLabel("Meeting date").fill("2020-05-04");
    await page.getByLabel("Theme 1", { exact: true }).fill("Children in care");
    await page.getByLabel("Theme 1 narrative").fill("Children looked after by where they live.");
    await page.getByLabel("Theme 1: indicators it cites").fill("LAC1");
    await page.getByLabel("Theme 1: breakdown it shows").selectOption({ label: "By placement type" });
    await page.getByLabel("Theme 2", { exact: true }).fill("Edge of care");
    await page.getByLabel("Theme 2 narrative").fill("The edge-of-care service.");
    await page.getByLabel("Theme 2: indicators it cites").fill(CODE);
    await page.getByLabel(/Mark for public release/).check();
    await page.getByRole("button", { name: "Save draft snapshot" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Board pack with ${CODE}`);
    await page.getByLabel("Children in care: public text").fill("Where children in care live.");
    await page.getByLabel("Edge of care: public text").fill("What became of the young people the service supported.");
    await page.getByRole("button", { name: "Save and approve public text" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Public text saved" })).toBeVisible();
    await page.getByLabel(/Publish to the Corporate Parenting Board for the meeting of 4 May 2020/).check();
    await page.getByRole("button", { name: "Publish snapshot" }).click();
    await expect(page.getByText(/Published on .* by Morgan Manager/)).toBeVisible({ timeout: 60_000 });
    paperId = new URL(page.url()).pathname.split("/").pop()!;
  });
});

for (const width of [1440, 390]) {
  test(`the board's paper and the public release show the breakdown and the cohort at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "board@lantern.example");
    await page.goto(`/snapshots/${paperId}`);
    const care = page.getByRole("region", { name: "Children in care" });
    const breakdown = care.getByRole("figure", { name: "LAC1 by placement type, April 2020" });
    await expect(breakdown.getByRole("region", { name: "LAC1 by placement type, April 2020" }).getByRole("row", { name: /Placed with parents 3/ })).toBeVisible();
    // the theme shows the one dimension chosen
    await expect(care.getByRole("figure", { name: "LAC1 by gender, April 2020" })).toHaveCount(0);
    const cohort = page.getByRole("figure", { name: CAPTION });
    await expect(cohort).toContainText("50 in the group since April 2020; 37 (74%) did not become looked after; 9 (18%) became looked after.");
    const table = cohort.getByRole("region", { name: CAPTION });
    await expect(table.getByRole("row", { name: "Did not become looked after 37 74" })).toBeVisible();
    await expect(table.getByRole("row", { name: "of which child in need level 21 57" })).toBeVisible();
    await expect(table.getByRole("row", { name: "Outcome not yet known 4 8" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/public/${paperId}`);
    const shown = page.getByRole("figure", { name: CAPTION });
    await expect(shown.getByRole("row", { name: "Became looked after c c" })).toBeVisible();
    await expect(shown.getByRole("row", { name: "Outcome not yet known c c" })).toBeVisible();
    await expect(shown.getByRole("row", { name: "Did not become looked after 37 74" })).toBeVisible();
    await expect(page.getByRole("figure", { name: "LAC1 by placement type, April 2020" }).getByRole("row", { name: "Placed with parents c c" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the paper's PDF has the cohort's outcomes", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  const response = await page.request.get(`/snapshots/${paperId}/pdf`, { timeout: 240_000 });
  expect(response.status()).toBe(200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-pdf-"));
  const file = path.join(dir, "paper.pdf");
  fs.writeFileSync(file, await response.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(CAPTION);
  expect(text).toContain("37 (74%) did not become looked after");
  expect(text).toMatch(/of which child protection level 16 43/);
  expect(text).toMatch(/Outcome not yet known 4 8/);
});

test("the admin names the cohort's members on /admin/cohorts, and its indicator page shows the flow with its table", async ({ page }) => {
  await signIn(page, "admin@lantern.example");
  await page.goto("/admin/cohorts");
  const entry = page.getByRole("region", { name: `${CODE}: ${TITLE}` });
  await expect(entry.getByRole("listitem")).toHaveText([/Did not become looked after/, /Child in need level \(within did not become looked after\)/, /Child protection level/, /Became looked after/]);
  await entry.getByLabel("Being in the group is called (for example: supported)").fill("supported");
  await entry.getByRole("button", { name: `Save ${CODE}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expectNoAxeViolations(page);

  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/indicators/${CODE}?period=2020-04`);
    await expect(page.getByRole("heading", { name: "Cohort: followed since April 2020" })).toBeVisible();
    const flow = page.getByRole("region", { name: CAPTION }).first();
    await expect(page.getByText("50 supported since April 2020; 37 (74%) did not become looked after; 9 (18%) became looked after.")).toBeVisible();
    await expect(flow.getByRole("row", { name: "Supported 50 100" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
