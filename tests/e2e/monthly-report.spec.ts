// The monthly report in the browser against the production build: the demo's
// April 2020 has every approved commentary with its author, the approved
// narratives, a cover naming who approved it and benchmark years; a revised
// figure makes a new issue listed on the page with "old → new" on its cover;
// a month not yet approved says Draft on every page; the PDF is tagged, A4,
// landscape for the summary, with contents, page numbers and the commentary in
// order; the XLSX has frozen headers, filters, wrapped text and percent
// formats; axe 0 at 1440 and 390 (sections after the first at 1440: the same
// layout) and nothing wider than 320 px at 320 px.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectInOrder, expectNoAxeViolations, reportPartPaths, signIn } from "./helpers";

/** the number the first issue of a month's report carries */
const FIRST = 1;

test.setTimeout(600_000);
// the report is a long page (every indicator with its chart and twelve months): give axe time on a busy machine
process.env.E2E_AXE_TIMEOUT ??= "420000";
const APRIL = "2020-04";

function tempFile(bytes: Buffer, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lantern-report-")), name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The report section page that holds M1. */
async function m1SectionPath(page: Page): Promise<string> {
  for (const path of (await reportPartPaths(page, APRIL)).slice(1)) {
    await page.goto(path);
    if (await page.getByRole("table", { name: "M1: the last twelve months" }).count()) return path;
  }
  throw new Error("no section holds M1");
}

/**
 * Nothing wider than the window at 1440, 390 and 320 px, and axe 0 at the
 * widths in `axeAt` (both by default; the sections after the first share its
 * layout, so they are checked at one).
 */
async function checkWidths(page: Page, axeAt: readonly number[] = [1440, 390]) {
  for (const width of [1440, 390, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${width} px: ${overflow} px too wide`).toBeLessThanOrEqual(0);
    if (axeAt.includes(width)) await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("April 2020's report: every approved commentary with its author, the narratives, the cover, benchmark years; axe and 320 px", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await page.setViewportSize({ width: 1440, height: 900 });
  expect((await page.goto(`/reports/${APRIL}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Monthly performance report: April 2020");
  const cover = page.getByRole("region", { name: "Monthly performance report: April 2020" });
  await expect(cover).toContainText(/Issue \d+, \d/);
  await expect(cover).toContainText(/Front door \(contacts, MASH, referrals\): Morgan Manager, /);
  await expect(cover.getByRole("link", { name: `Issue ${FIRST}`, exact: true })).toBeVisible();
  await expect(page.getByText("Draft: not yet approved")).toHaveCount(0);
  await checkWidths(page);
  // a page per part: the summary, then each service's section, every one reached from the contents
  const paths = await reportPartPaths(page, APRIL);
  const summaryPaths = paths.filter((p) => p.startsWith(`/reports/${APRIL}/summary`));
  const sectionPaths = paths.filter((p) => p.startsWith(`/reports/${APRIL}/sections/`));
  expect(summaryPaths[0]).toBe(`/reports/${APRIL}/summary`);
  expect(sectionPaths.length).toBeGreaterThan(5);
  expect(summaryPaths.length + sectionPaths.length).toBe(paths.length);
  // the contents link to the first page of the summary and of each section
  const contents = await page.getByRole("region", { name: "Contents" }).getByRole("link").evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
  expect(contents.every((p) => paths.includes(p))).toBe(true);

  // the summary: benchmark years, region, council plan, the tolerances as written, RAG in word and shape
  // (each summary page once: its rows counted, and the one with EH4-QL noted)
  let summaryRows = 0;
  let eh4Path: string | undefined;
  for (const path of summaryPaths) {
    await page.goto(path);
    summaryRows += await page.getByRole("table", { name: "Monthly performance report summary, April 2020" }).locator("tbody tr").count();
    if (!eh4Path && (await page.getByRole("row", { name: /EH4-QL / }).count())) eh4Path = path;
  }
  // the demo's 61 April indicators, and any other spec has added to April on this server
  expect(summaryRows).toBeGreaterThanOrEqual(61);
  expect(eh4Path, "the summary page with EH4-QL").toBeDefined();
  if (eh4Path !== summaryPaths.at(-1)) await page.goto(eh4Path!);
  const summary = page.getByRole("table", { name: "Monthly performance report summary, April 2020" });
  for (const head of ["SN average", "Best SN", "England", "Region", "National top quartile", "Council plan", "Data note", "Target"]) {
    await expect(summary.getByRole("columnheader", { name: head, exact: true })).toBeVisible();
  }
  const eh4 = summary.getByRole("row", { name: /EH4-QL / });
  for (const text of ["High", "82%", "88%", "79%", "↓ worse", "◆", "Amber", "<72.9%", "72.9%–81%", "81%+", "76%"]) await expect(eh4).toContainText(text);
  await expect(eh4).toContainText(/81%\s*\d{4}\/\d{2}/);
  // April is the whole of the year so far: its year to date carries no "of 12 months"
  await expect(summary.getByRole("row", { name: /^\d+ M1 / })).not.toContainText("of 12 months");
  await expect(page.getByRole("region", { name: /summary, April 2020 \(scrolls sideways\)/ })).toBeVisible();
  await expect(page.getByText("Draft: not yet approved")).toHaveCount(0);
  await checkWidths(page);

  // each section: April's indicators between them (one block for each summary row), each with approved commentary (with its author) or "No commentary needed"
  let blocks = 0;
  const commentary: string[] = [];
  for (const path of sectionPaths) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator(".report-section")).toHaveCount(1);
    // the narrative written and approved
    await expect(page.getByText(/^Approved with the scorecard by Morgan Manager/)).toHaveCount(1);
    await expect(page.getByText("Draft: not yet approved")).toHaveCount(0);
    await expect(page.getByText("not written yet")).toHaveCount(0);
    blocks += await page.locator(".report-indicator").count();
    commentary.push(...(await page.locator(".report-commentary").allInnerTexts()));
    const m1 = page.getByRole("region", { name: /^\d+\. M1 / });
    if (await m1.count()) {
      // a section: the chart is an image named by its summary; the twelve-month table
      // (the chart starts at the first month with a figure: the demo begins within these twelve)
      await expect(m1.getByRole("img", { name: /the last \d+ months: / })).toBeVisible();
      await expect(m1.getByRole("table", { name: "M1: the last twelve months" }).getByRole("row")).toHaveCount(13);
    }
    await checkWidths(page, path === sectionPaths[0] ? [1440, 390] : [1440]);
  }
  // the demo's 61 at least (another spec's indicators may be in the summary but in no approved section)
  expect(blocks).toBeGreaterThanOrEqual(61);
  expect(commentary.every((t) => /, approved \d/.test(t) || t.startsWith("No commentary needed: "))).toBe(true);
  expect(commentary.filter((t) => /, approved \d/.test(t)).length).toBeGreaterThan(40);
});

test("a revised figure makes a new issue: listed on the page, old → new with who loaded it on its cover; the old issue kept", async ({ page }) => {
  await signIn(page, "admin@lantern.example");
  await page.goto(`/reports/${APRIL}`); // the first issue kept (if no test made it yet)
  const before = await page.getByRole("link", { name: /^Issue \d+$/ }).count();
  // revise M1 for March 2020 through the import page's API, as the performance team would
  const file = tempFile(Buffer.from(`indicator,period,value\nM1,2020-03,${1200 + before}\n`), "m1-march.csv");
  execFileSync("npm", ["run", "--silent", "lantern", "--", "import", "values", file], {
    env: { ...process.env, DATABASE_URL: "", LANTERN_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e" },
    encoding: "utf8",
  });
  await page.goto(`/reports/${APRIL}`);
  await expect(page.getByRole("link", { name: /^Issue \d+$/ })).toHaveCount(before + 1);
  const cover = page.getByRole("region", { name: "Monthly performance report: April 2020" });
  await expect(cover).toContainText(`Issue ${before + 1}, `);
  await expect(cover).toContainText(new RegExp(`M1 March 2020: [\\d,]+ → 1,2${String(before).padStart(2, "0")}`));
  // the revision mark on the revised figure, on M1's section page
  await page.goto(await m1SectionPath(page));
  await expect(page.getByRole("table", { name: "M1: the last twelve months" })).toContainText(/revised from [\d,]+/);
  await page.goto(`/reports/${APRIL}`);
  await expect(page.getByRole("link", { name: `Issue ${FIRST}`, exact: true })).toHaveAttribute("href", `/reports/${APRIL}/issues/1`);
  await page.goto(`/reports/${APRIL}/issues/1`);
  await expect(page.getByText(new RegExp(`This is issue ${FIRST}, kept as it was issued\\.`))).toBeVisible();
  await expect(page.getByRole("table", { name: "M1: the last twelve months" }).getByRole("row", { name: /^March 2020 / })).toContainText("1,198");
});

test("a month not yet approved says Draft on every page", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  const parts = await reportPartPaths(page, "2020-05");
  // the cover
  await expect(page.getByText("Draft: not yet approved")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Monthly performance report: May 2020" })).toContainText("Draft: not yet issued");
  // the summary and each section
  expect(parts.length).toBeGreaterThan(1);
  for (const path of parts) {
    await page.goto(path);
    await expect(page.getByText("Draft: not yet approved"), path).toHaveCount(1);
  }
});

test("the PDF: tagged A4 with a landscape summary, contents with page numbers, running header, page n of m, the commentary in order", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  const response = await page.request.get(`/reports/${APRIL}/pdf`, { timeout: 300_000 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const bytes = await response.body();
  const file = tempFile(bytes, "report.pdf");
  const info = execFileSync("pdfinfo", ["-l", "200", file], { encoding: "utf8" });
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(info).toMatch(/Title:\s+Monthly performance report: April 2020/);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]));
  expect(sizes.some((landscape) => landscape)).toBe(true); // the summary
  expect(sizes.filter((landscape) => !landscape).length).toBeGreaterThan(5); // the cover and sections
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const pages = sizes.length;
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain("Demo council (April 2020 dataset) · Monthly performance report: April 2020");
  // contents: each entry's page number is the page its section starts on
  const pageText = (n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", file, "-"], { encoding: "utf8" });
  const contents = pageText(2);
  expect(contents).toContain("Contents");
  for (const title of ["Summary", "Front door (contacts, MASH, referrals)", "Care leavers"]) {
    const line = contents.split("\n").find((l) => l.trim().startsWith(title));
    const number = Number(/(\d+)\s*$/.exec(line ?? "")?.[1]);
    expect(number, `contents page for ${title}`).toBeGreaterThan(2);
    expect(pageText(number)).toContain(title);
  }
  // the summary, then each section, then its commentary, in order
  const page2 = await page.context().newPage();
  const sectionPaths = (await reportPartPaths(page2, APRIL)).filter((p) => p.includes("/sections/"));
  const sectionNames: string[] = [];
  const firstWords: string[] = [];
  for (const path of sectionPaths) {
    await page2.goto(path);
    for (const name of await page2.locator(".report-section h2").allInnerTexts()) if (!sectionNames.includes(name)) sectionNames.push(name);
    firstWords.push(...(await page2.locator(".report-commentary").allInnerTexts()).map((t) => t.split("\n")[0].slice(0, 30).trim()).filter((t) => t.length > 10));
  }
  expectInOrder(text.replace(/\s+/g, " "), ["Summary", ...sectionNames]);
  expectInOrder(text.replace(/\s+/g, " "), firstWords.slice(0, 10).map((w) => w.replace(/\s+/g, " ")));
  // every chart carries its summary as alt text in the structure tree
  const raw = bytes.toString("latin1");
  expect((raw.match(/\/Alt\s*[(<]/g) ?? []).length).toBeGreaterThanOrEqual(55);
});

test("the XLSX: summary and a sheet per section, frozen headers, filters, wrapped text, percent formats, commentary in its own column", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  const response = await page.request.get(`/reports/${APRIL}/xlsx`);
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  expect(workbook.worksheets[0].name).toBe("summary");
  expect(workbook.worksheets.map((w) => w.name)).toContain("values");
  const sheet = workbook.getWorksheet("summary")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const at = (name: string) => header.indexOf(name) + 1;
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  const eh4 = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(at("Code")).value === "EH4-QL")!;
  expect(eh4.getCell(at("Apr 20")).value).toBeCloseTo(0.79);
  expect(eh4.getCell(at("Apr 20")).numFmt).toContain("%");
  expect(sheet.getColumn(at("Commentary")).alignment).toMatchObject({ wrapText: true });
  expect(String(eh4.getCell(at("Commentary")).value).length).toBeGreaterThan(10);
});
