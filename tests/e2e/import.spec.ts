// Loading figures from the browser, in Chromium against the
// production build: the admin uploads a month of front-door figures at
// /admin/import, sees the preview's counts and imports; the reporter then has
// that month in My commentary. A bad file shows its errors and writes
// nothing. A template is downloaded, filled in (exceljs) and imported; Undo
// puts April's figure back. axe on every new page.
//
// Independent of the months the demo and other specs load (commentary.spec
// opens June, months.spec July, scorecards.spec August): the test writes its
// own September 2020 file, and undoes it at the end so later specs see the demo.
import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, signOut as clickSignOut } from "./helpers";

test.describe.configure({ mode: "serial" });

const SEPTEMBER_CSV = [
  "indicator,period,value",
  "M1,2020-09,1188",
  "M2,2020-09,266",
  "M3,2020-09,27",
  "M2-NI,2020-09,51",
  "M8-QL,2020-09,95",
  "M6-QL (val),2020-09,5",
  "M6-QL,2020-09,5",
  "M4,2020-09,3",
  "M5,2020-09,2",
].join("\n");

async function signOut(page: Page) {
  await page.waitForLoadState("networkidle");
  await clickSignOut(page);
  await page.waitForLoadState("networkidle");
  if ((await page.context().cookies()).some((c) => c.name.endsWith("session-token"))) await page.context().clearCookies();
}

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
}

const counts = (page: Page) => page.getByRole("definition");
const historyRows = async (page: Page) => {
  await page.goto("/admin/imports");
  return page.getByRole("table", { name: "Imports, newest first" }).locator("tbody tr").count();
};

test("an admin previews and imports a month; the reporter then has it to write on", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import figures");
  await expectNoAxeViolations(page);

  await choose(page, "front-door-2020-09.csv", Buffer.from(SEPTEMBER_CSV));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: /Preview of front-door-2020-09\.csv \(values, recognised from the header row\)/ })).toBeVisible();
  await expect(counts(page)).toHaveText(["9", "9", "0", "0"]);
  await expect(page.getByText("Importing opens 2020-09 for commentary.")).toBeVisible();
  await expect(page.getByRole("table", { name: "New rows" })).toContainText("M2-NI 2020-09");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Import 9 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported front-door-2020-09.csv" })).toContainText("9 new, 0 revised, 0 unchanged");
  await expect(page.getByText("Opened for commentary: 2020-09.")).toBeVisible();
  await page.getByRole("link", { name: "See this import in the history" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Import \d+: front-door-2020-09\.csv/);
  await expect(page.getByRole("table", { name: "Rows this import changed" })).toContainText("M1 2020-09");
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, "reporter@lantern.example");
  await page.getByRole("link", { name: "My commentary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My commentary: September 2020");
  await expect(page.getByRole("main")).toContainText("M1");
  await signOut(page);
});

test("a bad file shows every error and writes nothing", async ({ page }) => {
  await signIn(page, "admin@lantern.example");
  const before = await historyRows(page);
  await page.goto("/admin/import");
  const bad = ["indicator,period,value", "M1,0000-01,5", "M99,2020-06,7", "M2,2020-06,seven"].join("\n");
  await choose(page, "bad.csv", Buffer.from(bad));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: /bad.csv has 3 errors/ })).toBeVisible();
  const errors = page.getByRole("list", { name: "Errors" });
  await expect(errors.getByRole("listitem")).toHaveText([
    'bad.csv:2:2: "0000-01" in column "period" is before 1990-01, the earliest month Lantern takes',
    'bad.csv:3:1: "M99" in column "indicator" is not a known indicator code',
    'bad.csv:4:3: "seven" in column "value" is not a number',
  ]);
  await expect(page.getByRole("link", { name: /Download every error as CSV/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // A file over the limit is refused from its Content-Length, before it is read.
  const tooBig = await page.evaluate(async () => {
    const response = await fetch("/api/import/preview?file=big.csv", { method: "POST", body: new Uint8Array(26 * 1024 * 1024) });
    return { status: response.status, body: await response.json() };
  });
  expect(tooBig.status).toBe(413);
  expect(tooBig.body.message).toContain("larger than the 25 MB Lantern takes in one import");
  expect(await historyRows(page)).toBe(before);
  await signOut(page);
});

test("a template, filled in, imports; Undo puts April's figure back", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  await page.goto("/admin/import");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "values template (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toBe("lantern-values-template.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as never);
  const sheet = workbook.getWorksheet("values")!;
  // The template comes made out: a row per loaded indicator for the month after the newest figures.
  expect(sheet.rowCount).toBeGreaterThan(2);
  // A figure for one indicator only: the other made-out rows are cleared (a row left with no figure is an error naming it).
  sheet.getRow(2).values = ["M1", "2020-04", 1200];
  for (let r = 3; r <= sheet.rowCount; r++) sheet.getRow(r).values = [];
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  await choose(page, "april-revision.xlsx", filled);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: /Preview of april-revision\.xlsx, sheet "values"/ })).toBeVisible();
  await expect(counts(page)).toHaveText(["1", "0", "1", "0"]);
  const revised = page.getByRole("table", { name: "Revised rows" });
  await expect(revised).toContainText("M1 2020-04");
  await expect(revised.locator("tbody tr").first().locator("td").nth(2)).toHaveText("1147");
  await expect(revised.locator("tbody tr").first().locator("td").nth(3)).toHaveText("1200");
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported april-revision.xlsx" })).toContainText("0 new, 1 revised");

  await page.goto("/scorecards/front-door/2020-04?layout=cards");
  await expect(page.getByRole("list", { name: "Indicators" })).toContainText("1,200");

  await page.goto("/admin/imports");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Undo april-revision.xlsx…" }).click();
  await page.getByRole("button", { name: "Yes, undo april-revision.xlsx" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone: april-revision.xlsx" })).toBeVisible();
  await page.goto("/scorecards/front-door/2020-04?layout=cards");
  const cards = page.getByRole("list", { name: "Indicators" });
  await expect(cards).toContainText("1,147");
  await expect(cards).not.toContainText("1,200");

  // Leave the demo as it was for the specs after this one: September goes too.
  await page.goto("/admin/imports");
  await page.getByRole("button", { name: "Undo front-door-2020-09.csv…" }).click();
  await page.getByRole("button", { name: "Yes, undo front-door-2020-09.csv" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone: front-door-2020-09.csv" })).toBeVisible();
  await signOut(page);
});

test("the import pages are for admins only", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  for (const path of ["/admin/import", "/admin/imports"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toHaveCount(0);
  const template = await page.evaluate(async () => (await fetch("/api/import/templates/values")).status);
  expect(template).toBe(403);
  // signed out from the home page: on a 403 page the router keeps prefetching, so the network is never idle there
  await page.goto("/");
  await signOut(page);
});
