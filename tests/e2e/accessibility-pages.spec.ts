// Accessibility beyond axe (WCAG 2.2 AA checks axe cannot make), page by page, in Chromium against the
// production build: no page wider than 320 px at 320 px (a data table scrolls
// in its own region), every page's title names it and no two pages share one
// (each person, import and indicator editor, each month; the missing page's
// too), as the accessibility statement claims; every page's footer links
// to the accessibility statement, which says what the regulations ask; the
// admin's help contact in every footer; the trend chart named, its lines
// told apart by more than colour; the overview's movers 24 px targets.
// (The keyboard cycle, errors and sessions: ./accessibility.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const MARCH = "2020-03";

/** Pages to check, by who can see them. */
const PAGES: Record<string, string[]> = {
  anonymous: ["/signin", "/accessibility", "/public/1"],
  "admin@lantern.example": ["/admin", "/admin/audit", "/admin/import", "/admin/imports", "/admin/months", "/admin/boards", "/admin/people", "/admin/authority", "/admin/benchmarks", "/admin/indicators"],
  "manager@lantern.example": [
    "/",
    "/approvals",
    `/approvals?period=${MARCH}`,
    "/snapshots",
    "/snapshots/1",
    "/snapshots/new",
    "/scorecards/front-door/2020-05",
    "/scorecards/front-door/2020-05?layout=cards",
    "/indicators/M1?period=2020-05",
    "/reports/2020-05",
    "/notifications",
    "/signed-in",
  ],
  "reporter@lantern.example": ["/commentary", `/commentary?period=${MARCH}`],
  "board@lantern.example": ["/board"],
};

/** The records' own pages, found from their lists: two of each, so their titles can be told apart. */
async function recordPages(page: Page): Promise<string[]> {
  const hrefs: string[] = [];
  for (const [list, link] of [
    ["/admin/people", 'a[href^="/admin/people/"]'],
    ["/admin/imports", 'a[href^="/admin/imports/"]'],
    ["/admin/indicators", 'a[href^="/admin/indicators/"]'],
  ] as const) {
    await page.goto(list);
    const found = await page.locator(`main ${link}`).evaluateAll((links) => [...new Set(links.map((l) => l.getAttribute("href")!))].slice(0, 2));
    expect(found, list).toHaveLength(2);
    hrefs.push(...found);
  }
  return hrefs;
}

test("every page: no wider than 320 px at 320 px, its own title naming it, and the accessibility statement in its footer", async ({ browser }) => {
  test.setTimeout(400_000);
  // What the statement claims here, checked below.
  const statement = await (await browser.newContext()).newPage();
  await statement.goto("/accessibility");
  await expect(statement.getByRole("listitem").filter({ hasText: "every page fits a screen 320 pixels wide" })).toHaveCount(1);
  await expect(statement.getByRole("listitem").filter({ hasText: "each page's title names what it shows" })).toHaveCount(1);
  await statement.context().close();

  const titles = new Map<string, string>();
  for (const [who, listed] of Object.entries(PAGES)) {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    if (who !== "anonymous") await signIn(page, who);
    const records = who === "admin@lantern.example" ? await recordPages(page) : [];
    for (const url of [...listed, ...records]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      // A wide data table scrolls inside its own region, so the page itself never does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} at 320 px`).toBeLessThanOrEqual(320);
      const title = await page.title();
      expect(title, url).toMatch(/^.+ · Lantern$/);
      titles.set(url, title);
      const footer = page.getByRole("contentinfo");
      await expect(footer.getByRole("link", { name: "Accessibility statement" }), url).toHaveAttribute("href", "/accessibility");
    }
    await context.close();
  }
  expect(titles.get("/scorecards/front-door/2020-05")).toMatch(/^Front door.*May 2020/);
  expect(titles.get("/public/1")).toMatch(/: public release · Lantern$/);
  // no two pages share a title
  const byTitle = new Map<string, string[]>();
  for (const [url, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), url]);
  expect([...byTitle].filter(([, urls]) => urls.length > 1)).toEqual([]);
  // a person's, an import's and an indicator editor's page name their record
  for (const [url, title] of titles) {
    if (/^\/admin\/people\/.+/.test(url)) expect(title, url).toMatch(/^.+: person · Lantern$/);
    if (/^\/admin\/imports\/\d+/.test(url)) expect(title, url).toMatch(/^Import \d+: .+ · Lantern$/);
    if (/^\/admin\/indicators\/.+/.test(url)) expect(title, url).toMatch(/^Edit indicator \S+ .+ · Lantern$/);
  }
});

test("a missing page is titled as one", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Lantern");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the accessibility statement: what the regulations ask, and the admin's help contact in every footer", async ({ browser, page }) => {
  await page.goto("/signin");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).press("Enter");
  await expect(page).toHaveURL(/\/accessibility$/);
  for (const heading of [
    "How accessible this service is",
    "Feedback and contact information",
    "Reporting accessibility problems with this service",
    "Enforcement procedure",
    "Compliance status",
    "Non-accessible content",
    "Preparation of this accessibility statement",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: /Equality Advisory and Support Service/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Equality Commission for Northern Ireland/ })).toBeVisible();
  await expect(page.getByText(/partially compliant with the Web Content Accessibility Guidelines version 2\.2/)).toBeVisible();
  await expect(page.getByText(/This service was last tested on \d+ \w+ \d{4}/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The admin sets the help contact; every footer (sign-in too) and the statement show it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@lantern.example");
  await admin.goto("/admin/authority");
  await admin.getByLabel("Email address or web address").fill("not a contact");
  await admin.getByRole("button", { name: "Save help contact" }).click();
  await expect(admin.getByRole("link", { name: /Give an email address/ })).toBeVisible();
  await expect(admin.getByLabel("Email address or web address")).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Email address or web address").fill("performance@lantern.example");
  await admin.getByRole("button", { name: "Save help contact" }).click();
  await expect(admin.locator("#live-region")).toContainText("performance@lantern.example");
  await page.goto("/signin");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "performance@lantern.example" })).toHaveAttribute("href", "mailto:performance@lantern.example");
  await page.goto("/accessibility");
  await expect(page.getByRole("main").getByRole("link", { name: "performance@lantern.example" }).first()).toBeVisible();
  await admin.getByLabel("Email address or web address").fill("");
  await admin.getByRole("button", { name: "Save help contact" }).click();
  await expect(admin.locator("#live-region")).toContainText("no longer shows a help contact");
  await admin.context().close();
});

test("the trend chart is named and its lines differ by more than colour; the overview's movers are 24 px targets", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await page.goto("/indicators/LAC1?period=2020-04");
  const chart = page.getByRole("img", { name: /^LAC1 month by month, with the target/ });
  await expect(chart).toBeVisible();
  expect(await chart.locator("title").textContent()).toMatch(/\S/);
  // each line: its own dash pattern, and its name written at its end and in the key
  const names = await page.getByRole("list", { name: "Chart key" }).first().getByRole("listitem").allTextContents();
  expect(names.length).toBeGreaterThan(1);
  const dashes = await chart.locator("g > polyline:first-child").evaluateAll((all) => all.map((l) => l.getAttribute("stroke-dasharray") ?? "solid"));
  expect(new Set(dashes).size).toBe(names.length);
  for (const name of names) await expect(chart.locator("text", { hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
  await page.goto("/?period=2020-05");
  const movers = page.getByRole("heading", { name: "Biggest movers" }).first().locator("xpath=following-sibling::ul[1]").getByRole("link");
  for (const box of await movers.evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(24);
});
