// The board paper in the browser: the board's pages and the composer pass axe at
// 1440 and 390 px and are never wider than the viewport (390 and 320); the
// paper reads story first with server-drawn charts; the public release and
// both PDFs carry what they should and nothing else, in order; the composer
// checks typed codes and publishing asks first; the board's actions carry to
// its next paper and to /board. Screenshots go to /tmp/lantern-h11-shots.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request, test, type APIResponse, type Page } from "@playwright/test";
import { expectInOrder, expectNoAxeViolations, signIn } from "./helpers";
import { pdfStructure } from "../support/pdf-structure";

test.setTimeout(600_000);
// The paper is a long page and the machine may be busy: give axe time.
process.env.E2E_AXE_TIMEOUT ??= "180000";

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/lantern-h11-shots";
fs.mkdirSync(SHOTS, { recursive: true });
const DEMO_TITLE = "Corporate Parenting Scorecard Highlights: April 2020";
const AUTHORITY = "Demo council (April 2020 dataset)";

/** axe at 1440 and 390, no sideways scrolling at 390 and 320, and a screenshot at each width. */
async function checkAtWidths(page: Page, name: string) {
  for (const width of [1440, 390, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px is ${overflow} px wider than the viewport`).toBeLessThanOrEqual(0);
    if (width !== 320) {
      await expectNoAxeViolations(page);
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: width === 390 });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

function pdfText(bytes: Buffer, args: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-pdf-"));
  const file = path.join(dir, "paper.pdf");
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [...args, "-layout", file, "-"], { encoding: "utf8" });
}

function pdfInfo(bytes: Buffer): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-pdf-"));
  const file = path.join(dir, "paper.pdf");
  fs.writeFileSync(file, bytes);
  const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(out.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]));
}

/** The contents page's number for a section, and whether that page of the PDF starts that section. */
function expectContentsPageFits(bytes: Buffer, contents: string, title: string) {
  const line = contents.split("\n").find((l) => l.trim().startsWith(title));
  expect(line, `contents line for ${title}`).toBeTruthy();
  const page = Number(/(\d+)\s*$/.exec(line!)?.[1]);
  expect(page, `page number for ${title}`).toBeGreaterThan(2);
  expect(pdfText(bytes, ["-f", String(page), "-l", String(page)])).toContain(title);
}

async function pdfOf(response: APIResponse): Promise<Buffer> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  return response.body();
}

test("the board's pages read story first, reflow at 390 and 320 px, and pass axe", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await expect(page).toHaveURL(/\/board$/);
  await checkAtWidths(page, "board");
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expectInOrder(headings.join("|"), ["At a glance", "Demand", "Caseloads", "Permanency", "Appendix: the figures by service", "Questions from the board"]);
  // At a glance: a card per service with RAG counts in words, and the featured indicators as charts with their tables.
  const glance = page.getByRole("region", { name: "At a glance" });
  await expect(glance.getByRole("region", { name: /^Children looked after/ })).toContainText(/\d+ (red|amber|green)/);
  const featured = page.getByRole("region", { name: "Featured indicators" });
  await expect(featured.getByRole("img")).toHaveCount(4);
  await expect(featured.getByRole("table", { name: /^LAC1 .*the figures charted/, includeHidden: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "How to read this paper" })).toContainText("illustrative");
  // Each theme charts the indicators it cites.
  await expect(page.getByRole("region", { name: "Demand" }).getByRole("img")).toHaveCount(4);
  // SPC words only where they say something: no row repeats "Common cause variation".
  expect(await page.getByText("Common cause variation").count()).toBeLessThanOrEqual(1);
  await checkAtWidths(page, "snapshot-1");
  // On a phone the appendix is cards: the figures are on screen.
  await page.setViewportSize({ width: 390, height: 900 });
  const m1Value = page.locator('[id="row-M1"]').getByRole("cell").nth(1);
  await expect(m1Value).toHaveText("1,147");
  const box = (await m1Value.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1440, height: 900 });
  // Reached by a link above (inside the app); loaded as a page it reads the same, and its HTML carries
  // the paper once (not again inside the React payload: components/ui/kept-html.tsx).
  await page.reload();
  await expect(page.getByRole("region", { name: "Featured indicators" }).getByRole("img")).toHaveCount(4);
  await expect(page.locator('[id="row-M1"]')).toBeVisible();
  const loaded = await (await page.request.get(page.url(), { headers: { accept: "text/html" } })).text();
  expect(loaded.split("row-M1").length - 1).toBe(1);
  // Back to the first-loaded page from inside the app: the paper again, not an empty slot.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Board papers" }).click();
  await expect(page).toHaveURL(/\/board$/);
  await page.goBack();
  await expect(page.locator('[id="row-M1"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Featured indicators" }).getByRole("img")).toHaveCount(4);
});

test("the public release and its PDF carry no internal text and no suppressed figure", async ({ page }) => {
  await page.goto("/public/1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  const m4 = page.getByRole("row", { name: /^M4 / });
  await expect(m4.getByRole("cell").nth(1)).toHaveText("c");
  // CP5-QL (val) is 4 children: it, and the percentage worked out from it, are suppressed.
  await expect(page.getByRole("row", { name: /^CP5-QL \(val\) / }).getByRole("cell").nth(1)).toHaveText("c");
  await expect(page.getByRole("row", { name: /^CP5-QL Percentage/ }).getByRole("cell").nth(1)).toHaveText("c");
  await expect(page.getByText("Commentary on")).toHaveCount(0);
  await expect(page.getByText(/Feb was one child/)).toHaveCount(0);
  await checkAtWidths(page, "public-1");

  const bytes = await pdfOf(await page.request.get("/public/1/pdf"));
  const text = pdfText(bytes);
  const info = pdfInfo(bytes);
  expect(info.Title).toBe(DEMO_TITLE);
  expect(info.Author).toBe(AUTHORITY);
  expectInOrder(text, ["Contents", "At a glance", "Featured indicators", "Demand", "Appendix: the figures by service"]);
  expect(text).not.toMatch(/Feb was one child|Commentary on|No approved commentary/);
  const m4Line = text.split("\n").find((l) => /^\s*M4\s/.test(l))!;
  expect(m4Line).toMatch(/\sc\s/);
});

test("the paper's PDF is the page: sections in order, contents that fit, its title and author, made behind a TLS proxy, once", async ({ baseURL }) => {
  // A TLS proxy in front: every request says https, so Auth.js signs the reader in with a __Secure- cookie
  // (which the old PDF route handed to Chromium, and failed).
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const password = process.env.LANTERN_DEMO_PASSWORD || "lantern-demo";
  await api.post("/api/auth/callback/credentials", { form: { email: "board@lantern.example", password, csrfToken }, maxRedirects: 0 });
  // With AUTH_URL set (as the Microsoft sign-in needs), Auth.js names the cookie from AUTH_URL, so it is
  // "__Secure-" only when that address is https; either way the PDF is made without the reader's cookie.
  expect((await api.storageState()).cookies.map((c) => c.name).some((n) => /^(__Secure-)?authjs\.session-token$/.test(n))).toBe(true);
  // Six readers at once: all get the one render's bytes.
  const responses = await Promise.all(Array.from({ length: 6 }, () => api.get("/snapshots/1/pdf", { timeout: 240_000 })));
  const all = await Promise.all(responses.map(pdfOf));
  for (const b of all) expect(Buffer.compare(b, all[0])).toBe(0);
  const bytes = all[0];
  const text = pdfText(bytes);
  const info = pdfInfo(bytes);
  expect(info.Title).toBe(DEMO_TITLE);
  expect(info.Author).toBe(AUTHORITY);
  expectInOrder(text, ["Contents", "At a glance", "Featured indicators", "How to read this paper", "Demand", "Caseloads", "Permanency", "Placement stability", "Quality and impact", "Appendix: the figures by service", "Front door"]);
  expect(text).toMatch(/Published on .* by Morgan Manager/);
  const pages = Number(info.Pages);
  expect(text).toContain(`Page 2 of ${pages}`);
  const contents = pdfText(bytes, ["-f", "2", "-l", "2"]);
  for (const title of ["At a glance", "Demand", "Appendix: the figures by service"]) expectContentsPageFits(bytes, contents, title);
  // Body text at least 9 pt: the At a glance cards' words (their "better" and "worse") are no smaller
  // (a word's box is about 1.12 times its size: the 9 pt page footer's is 10.1 pt tall).
  const wordHeights = (page: number, word: RegExp) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lantern-pdf-")), "p.pdf");
    fs.writeFileSync(file, bytes);
    const words = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" });
    return [...words.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].filter((m) => word.test(m[3])).map((m) => Number(m[2]) - Number(m[1]));
  };
  const glancePage = Number(/At a glance\s+(\d+)/.exec(contents)![1]);
  const glanceWords = wordHeights(glancePage, /^(better|worse)$/);
  expect(glanceWords.length).toBeGreaterThan(4); // enough cards to measure (the demo's April paper has 8)
  for (const h of glanceWords) expect(h).toBeGreaterThanOrEqual(10);
  // Tables at least 8 pt: the words of the appendix's first page are no smaller.
  const appendixPage = Number(/Appendix: the figures by service\s+(\d+)/.exec(contents)![1]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-pdf-"));
  fs.writeFileSync(path.join(dir, "p.pdf"), bytes);
  const boxes = execFileSync("pdftotext", ["-bbox", "-f", String(appendixPage), "-l", String(appendixPage), path.join(dir, "p.pdf"), "-"], { encoding: "utf8" });
  const heights = [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
  expect(heights.length).toBeGreaterThan(100);
  const small = heights.filter((h) => h < 8).length;
  expect(small / heights.length).toBeLessThan(0.05);

  // Named by board and month; tagged, every figure with alternative text, every tag a standard one.
  expect(responses[0].headers()["content-disposition"]).toBe('inline; filename="lantern-corporate-parenting-board-2020-04.pdf"');
  expect(info.Tagged).toBe("yes");
  const structure = pdfStructure(bytes);
  const figures = structure.elements.filter((e) => e.type === "Figure");
  expect(figures.length).toBeGreaterThan(10);
  expect(figures.filter((f) => !f.alt?.trim())).toEqual([]);
  expect(structure.nonStandard).toEqual([]);
  // No page left mostly blank: past the title page and the contents, every page is filled at least
  // halfway down (a page per theme, or a chart pushed over, left pages nearly empty), but the ones
  // that end a part (before the appendix, which starts a page) and the last.
  const pageHeight = Number(/x ([\d.]+) pts/.exec(info["Page size"])![1]);
  for (let n = 3; n < pages; n++) {
    if (n === appendixPage - 1) continue;
    const words = execFileSync("pdftotext", ["-bbox", "-f", String(n), "-l", String(n), path.join(dir, "p.pdf"), "-"], { encoding: "utf8" });
    // the words above the bottom margin (16 mm, where the running footer is)
    const bottoms = [...words.matchAll(/yMax="([\d.]+)">/g)].map((m) => Number(m[1])).filter((y) => y < pageHeight - 45);
    expect(Math.max(...bottoms), `page ${n} of ${pages} is filled at least halfway`).toBeGreaterThan(pageHeight / 2);
  }
  await api.dispose();
});

test("composing: codes are checked, publishing asks first, and the board's actions carry to its next paper", async ({ page }) => {
  // The manager records an action on the demo paper for the reporter.
  await signIn(page, "manager@lantern.example");
  await page.goto("/snapshots/1");
  await page.getByLabel("Kind").selectOption("action");
  await page.getByLabel("Resolution", { exact: true }).fill("Report back on re-referrals at the next meeting");
  await page.getByLabel("Owner").selectOption({ label: "Riley Reporter" });
  await page.getByLabel("Due date").fill("2020-07-10");
  await page.getByRole("button", { name: "Record", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "its owner has been told" })).toBeVisible();
  // The page refreshed after the action: the paper is still all there.
  await expect(page.locator('[id="row-M1"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Featured indicators" }).getByRole("img")).toHaveCount(4);

  await page.goto("/snapshots/new?period=2020-04");
  await checkAtWidths(page, "composer");
  await page.getByLabel("Title").fill("Corporate Parenting Board: July 2020");
  await page.getByLabel("Meeting date").fill("2020-07-20");
  await page.getByLabel("Or type indicator codes").fill("LAC1, NOPE9");
  await page.getByLabel("Theme 1 narrative").fill("Children looked after rose in April.");
  await page.getByLabel("Theme 1: indicators it cites").fill("LAC1, LAC1-NI");
  await page.getByLabel(/Survey counts/).fill("Improved a lot: 14\nImproved a little: 9\nStayed the same: 6");
  await page.getByLabel(/Mark for public release/).check();
  await page.getByRole("button", { name: "Save draft snapshot" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByText("Unknown indicator code: NOPE9. Choose indicators from the list.").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New board snapshot");
  await page.getByLabel("Or type indicator codes").fill("");
  await page.getByRole("checkbox", { name: /^LAC1 / }).check();
  await page.getByRole("checkbox", { name: /^M6-QL Percentage/ }).check();
  await page.getByRole("button", { name: "Save draft snapshot" }).click();

  // The draft is the paper's own render, with its banner.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corporate Parenting Board: July 2020");
  await expect(page.getByText("Draft — not published").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Featured indicators" }).getByRole("img")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Since the last meeting" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Actions from the last meeting" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What our children tell us" }).getByRole("table", { name: "Survey answers" })).toBeVisible();
  await page.getByLabel("Demand: public text").fill("Fewer children entered care this spring than last.");
  await page.getByRole("button", { name: "Save and approve public text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Public text saved and approved" })).toBeVisible();
  await checkAtWidths(page, "draft");
  const confirm = page.getByLabel(/Publish to the Corporate Parenting Board for the meeting of 20 July 2020, freezing April 2020/);
  await expect(confirm).not.toBeChecked();
  await confirm.check();
  await page.getByRole("button", { name: "Publish snapshot" }).click();
  await expect(page.getByText(/Published on .* by Morgan Manager/)).toBeVisible({ timeout: 30_000 });
  const url = page.url();
  await expect(page.getByText("Draft — not published")).toHaveCount(0);
  // The published paper, as the action's response brought it (not a page load).
  await expect(page.getByRole("region", { name: "Featured indicators" }).getByRole("img")).toHaveCount(2);
  await expect(page.locator('[id="row-LAC1"]')).toBeVisible();
  const actions = page.getByRole("region", { name: "Actions from the last meeting" });
  await expect(actions).toContainText("Report back on re-referrals at the next meeting");
  await expect(actions).toContainText("Riley Reporter");
  await expect(actions).toContainText("Not started");

  // Its PDF has every section, in order, the survey chart among them.
  const bytes = await pdfOf(await page.request.get(`${url}/pdf`, { timeout: 180_000 }));
  const text = pdfText(bytes);
  expectInOrder(text, ["Contents", "At a glance", "Featured indicators", "Demand", "What our children tell us", "Survey answers", "Since the last meeting", "Appendix: the figures by service"]);
  expect(pdfInfo(bytes).Title).toBe("Corporate Parenting Board: July 2020");

  // /board lists the open action for the board member.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "board@lantern.example");
  const open = page.getByRole("region", { name: "Open actions", exact: true });
  await expect(open.getByRole("row", { name: /Report back on re-referrals/ })).toContainText("Riley Reporter");
});
