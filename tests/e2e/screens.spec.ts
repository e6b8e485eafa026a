// Screens as a newcomer meets them, in Chromium against the production build,
// at 1440, 390 and 320 px where width matters, axe on each page touched: the
// scorecard's layout chosen by the width, admin pages that fit a phone,
// impossible bands refused, Undo that asks first (by keyboard), the paper's
// month chosen from approved ones, due dates from the month, the benchmarks
// page agreeing with the authority's, rounded import figures with their rows,
// a usable XLSX, and the rough edges (403 words, audit in words and UK time,
// board members removed, the token copied, a made-out template, the favicon).
//
// Its own data: an October 2020 file for three front-door indicators (no
// other spec loads October), undone at the end; its own board and person.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const RUN = Date.now().toString(36);
const OCTOBER_CSV = ["indicator,period,value,numerator,denominator", "M1,2020-10,1190,,", "M2,2020-10,262,,", "M3,2020-10,,262,1080"].join("\n");
const FILE = `screens-${RUN}-2020-10.csv`;

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** What sticks out past the right edge, to name in a failure. */
const sticksOut = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${String(e.getAttribute("class") ?? "").slice(0, 60)} (${Math.round(e.getBoundingClientRect().right)})`)
      .join(" | "),
  );

async function atWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
}

async function open(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  return wb;
}

test("the scorecard: cards on a phone, the table on a desktop, each one link away", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "manager@lantern.example");
  for (const width of [390, 320]) {
    await atWidth(page, width);
    await page.goto("/scorecards/front-door/2020-05");
    await expect(page.getByRole("list", { name: "Indicators" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Front door.*scorecard for May 2020/ })).toBeHidden();
    expect(await pageWidth(page), `scorecard at ${width}`).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
  }
  await page.getByRole("link", { name: "Show as a table" }).click();
  await expect(page).toHaveURL(/layout=table/);
  await expect(page.getByRole("region", { name: /scorecard for May 2020/ })).toBeVisible();
  await atWidth(page, 1440);
  await page.goto("/scorecards/front-door/2020-05");
  await expect(page.getByRole("region", { name: /scorecard for May 2020/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Indicators" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Show as cards (easier on a phone)" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("admin editors fit a phone; impossible bands are refused by the editor", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  const email = `a.very.long.email.address.for.testing.wrapping.${RUN}@children-services.example-council.gov.uk`;
  await page.goto("/admin/people");
  const invite = page.getByRole("region", { name: "Invite someone" });
  await invite.getByLabel("Name").fill(`Wren Wide ${RUN}`);
  await invite.getByLabel("Email address").fill(email);
  await invite.getByRole("checkbox", { name: "Reporter" }).check();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await page.getByRole("link", { name: `Wren Wide ${RUN}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Wren Wide ${RUN}`);
  const person = page.url();
  for (const width of [390, 320]) {
    await atWidth(page, width);
    for (const url of [person, "/admin/indicators/M8-QL"]) {
      await page.goto(url);
      expect(await pageWidth(page), `${url} at ${width}: ${await sticksOut(page)}`).toBeLessThanOrEqual(width);
    }
  }
  await expectNoAxeViolations(page);

  // higher is better, green from 95, amber from 99: amber would sit above green
  await atWidth(page, 1440);
  await page.getByLabel("Good performance is").selectOption("high");
  await page.getByLabel("Green from").fill("95");
  await page.getByLabel("Green to").fill("");
  await page.getByLabel("Amber from").fill("99");
  await page.getByLabel("Amber to").fill("");
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page.getByText("Higher is better, so amber must start below green: amber from 99 is not below green from 95.").first()).toBeVisible();
  await expect(page.getByLabel("Amber from")).toHaveAttribute("aria-invalid", "true");
});

test("an import: rounded figures with their file rows, Undo asks first and works by keyboard", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@lantern.example");
  await page.goto("/admin/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: FILE, mimeType: "text/csv", buffer: Buffer.from(OCTOBER_CSV) });
  await page.getByRole("button", { name: "Preview" }).click();
  const added = page.getByRole("table", { name: "New rows" });
  await expect(added).toContainText("24.26 (262 of 1080)");
  await expect(added).not.toContainText("24.259");
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Imported ${FILE}` })).toBeVisible();

  await page.goto("/admin/imports");
  await expect(page.getByRole("columnheader", { name: "When (UK time)" })).toBeVisible();
  await page.getByRole("link", { name: FILE }).click();
  const changes = page.getByRole("table", { name: "Rows this import changed" });
  await expect(changes.locator("tbody tr")).toHaveCount(3);
  await expect(changes.locator("tbody tr").first().locator("td").first()).toHaveText("2");
  await expect(changes).toContainText("24.26");
  await expect(changes).not.toContainText("24.259");

  // Undo: the first press only asks, saying what will happen; Cancel puts focus back
  const ask = page.getByRole("button", { name: "Undo this import…" });
  await ask.focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("group").filter({ hasText: "removes 3 new figures" });
  await expect(confirm).toContainText("October 2020 out of the months open for commentary");
  await expect(page.getByRole("button", { name: "Yes, undo this import" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ask).toBeFocused();
  await expect(page.getByRole("button", { name: "Yes, undo this import" })).toHaveCount(0);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Undone/).first()).toBeVisible();

  // The audit trail in words, UK time, and no codes
  await page.goto("/admin/audit");
  await expect(page.getByRole("columnheader", { name: "Time (UK)" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Import undone", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "import.undo", exact: true })).toHaveCount(0);
  await expect(page.getByRole("option", { name: "Import undone" })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("a new paper's month is chosen from approved months; due dates come from the month", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "manager@lantern.example");
  await page.goto("/snapshots/new");
  const month = page.getByRole("combobox", { name: "Reporting month" });
  await expect(month).toBeVisible();
  await expect(month.locator("option").first()).toHaveText(/^\w+ 2020 \(\d+ scorecards? approved\)$/);
  await expect(page.getByRole("textbox", { name: "Reporting month" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  await signIn(page, "reporter@lantern.example");
  await page.goto("/commentary?period=2020-05");
  await expect(page.getByText(/^Commentary for May 2020 was due on \d+ June 2020/)).toBeVisible();
  await expect(page.getByText(/May 2020 (is|was) due on \d+ \w+ 20(2[1-9])/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a reporter's 403 speaks of reporters; exports and templates are ready in Excel; the favicon is Lantern's", async ({ page }) => {
  test.setTimeout(120_000);
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/icon/);

  await signIn(page, "reporter@lantern.example");
  const refused = await page.goto("/approvals");
  expect(refused?.status()).toBe(403);
  await expect(page.getByText(/Reporters see the scorecards/)).toBeVisible();
  await expect(page.getByText(/[Bb]oard members/)).toHaveCount(0);

  const xlsx = await page.request.get("/scorecards/front-door/2020-05/export?format=xlsx");
  expect(xlsx.status()).toBe(200);
  const values = (await open(await xlsx.body())).getWorksheet("values")!;
  expect(values.getRow(1).font?.bold).toBe(true);
  expect(values.autoFilter).toBeTruthy();
  expect(values.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const formats = new Set<string>();
  values.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value === "M3") formats.add(String(row.getCell(3).numFmt));
  });
  // M3 is a percentage: shown as one, whatever its decimals
  expect([...formats].length).toBeGreaterThan(0);
  for (const format of formats) expect(format).toMatch(/^0(\.0+)?"%"$/);

  await page.context().clearCookies();
  await signIn(page, "admin@lantern.example");
  const template = await page.request.get("/api/import/templates/values");
  const sheet = (await open(await template.body())).getWorksheet("values")!;
  // made out: a row per loaded indicator, in the catalogue's order
  const codes = sheet.getColumn(1).values.slice(2).map(String);
  expect(codes).toContain("M1");
  expect(codes.length).toBeGreaterThanOrEqual(61);
  expect(String(sheet.getCell("B2").value)).toMatch(/^\d{4}-\d{2}$/);
});

test("the benchmarks page agrees with the authority page; a board member is removed; a new token is copied", async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "admin@lantern.example");
  await page.goto("/admin/authority");
  await page.getByLabel("Populations by year").fill("2019 104000\n2020 105000");
  await page.getByRole("button", { name: "Save populations" }).click();
  await expect(page.getByText(/^Saved\./).first()).toBeVisible();
  await page.goto("/admin/benchmarks");
  const shown = page.getByRole("region", { name: "Benchmarks on the scorecards" });
  await expect(shown).toContainText(/The scorecards show benchmarks for \d+ indicators/);
  await expect(page.getByText("Your authority's own populations: 2019–2020, saved on")).toBeVisible();
  await expectNoAxeViolations(page);

  // a board of its own, a member added, then removed after the confirmation
  await page.goto("/admin/boards");
  const board = `Screens board ${RUN}`;
  await page.getByLabel("Board name").fill(board);
  await page.getByRole("button", { name: "Add board" }).click();
  const section = page.getByRole("region", { name: board });
  await expect(section).toBeVisible();
  await section.getByLabel("Email of the person to add").fill("board@lantern.example");
  await section.getByRole("button", { name: "Add member" }).click();
  const members = section.getByRole("list", { name: `Members of ${board}` });
  await expect(members).toContainText("board@lantern.example");
  await section.getByRole("button", { name: /^Remove .*…$/ }).click();
  await expect(section.getByRole("group")).toContainText(`will no longer read ${board}'s papers`);
  await expectNoAxeViolations(page);
  await section.getByRole("button", { name: new RegExp(`^Yes, remove .* from ${board}$`) }).click();
  await expect(section.getByText("No members yet.")).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "Board member removed", exact: true }).first()).toBeVisible();

  await page.goto("/profile");
  await page.locator("#token-name").fill(`Screens ${RUN}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel(`Your token “Screens ${RUN}”`).inputValue();
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByText("Copied the token to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expectNoAxeViolations(page);
});
