// Focus and announcements after the actions that used to drop focus to <body>
// or say nothing, driven by the keyboard alone in Chromium against the
// production build (WCAG 2.4.3, 4.1.3, 2.2.1): importing a file (preview,
// import, undo), showing a scorecard as cards or a table, a month's link, the
// bulk choice of indicators, a session that ends while its warning is open,
// and the warning before the session's fixed end. After each: where focus is
// ("tag#id|text", never <body>) and what the page's one live region says; a
// later page starts with the live region empty. The accessibility statement
// promises this (its "focus" and "announced" claims).
//
// Its own data: an import of November 2020's M1 (no other spec loads that
// month), undone at the end of the test.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";
import { asUser, expectResult, focused, live, signInAgainInNewTab, tabTo } from "./keyboard";

const NOVEMBER_CSV = ["indicator,period,value", "M1,2020-11,1101"].join("\n");
const FILE = "keyboard-2020-11.csv";

test("importing by keyboard: the preview, the import and its undo each take focus and are said", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  await page.goto("/admin/import");
  await expect(page).toHaveTitle("Import figures · Lantern");
  // choosing the file is the browser's own dialog: here it is given to the input
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: FILE, mimeType: "text/csv", buffer: Buffer.from(NOVEMBER_CSV) });
  await tabTo(page, page.getByRole("button", { name: "Preview" }));
  await page.keyboard.press("Enter");
  await expectResult(page, "Preview ready: 1 rows.", /^h2#import-preview-heading\|Preview of keyboard-2020-11\.csv/);
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole("button", { name: "Import 1 row" }));
  await page.keyboard.press("Enter");
  // the preview (and the button that had focus) goes: focus to the result
  await expectResult(page, `Imported ${FILE}: 1 new, 0 revised, 0 unchanged.`, /^div#import-result\|Imported keyboard-2020-11\.csv/);
  await expect(page.locator("#import-preview-heading")).toHaveCount(0);

  // Undo, from the history: the page it ends on says what happened and focuses it.
  await page.goto("/admin/imports");
  await tabTo(page, page.getByRole("button", { name: `Undo ${FILE}` }));
  await page.keyboard.press("Enter");
  // it asks first, saying what undoing does; focus is on the confirming button
  await expect(page.getByRole("button", { name: `Yes, undo ${FILE}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectResult(page, `Undone: ${FILE}.`, /^div#undo-result\|Undone: keyboard-2020-11\.csv/);
  await expectNoAxeViolations(page);

  // A later page starts with an empty live region: the last page's result is not said again.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Months" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/months$/);
  await expect.poll(() => focused(page)).toMatch(/^h1#/);
  await expect(live(page)).toHaveText("");
});

/** The page's title (its start and end), after a link to the same page with a new query: shown and said. */
async function expectNewView(page: Page, title: RegExp) {
  await expect(page).toHaveTitle(new RegExp(`${title.source} · Lantern$`));
  await expectResult(page, new RegExp(`${title.source}$`));
}

test("cards or a table, and a month's link: the new title is said, and focus stays on the page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "manager@lantern.example");
  await page.goto("/scorecards/front-door/2020-05?layout=table");
  await tabTo(page, page.getByRole("link", { name: "Show as cards (easier on a phone)" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/layout=cards/);
  await expectNewView(page, /^Front door.*: May 2020, as cards/);
  await tabTo(page, page.getByRole("link", { name: "Show as a table" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/layout=table/);
  await expectNewView(page, /^Front door.*: May 2020, as a table/);
  await expectNoAxeViolations(page);

  // The overview's month links: the same page with another month.
  await page.goto("/?period=2020-05");
  await expect(page).toHaveTitle("Overview: May 2020 · Lantern");
  await tabTo(page, page.getByRole("navigation", { name: /month/i }).first().getByRole("link", { name: /Previous month: April 2020/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/period=2020-04/);
  await expectNewView(page, /^Overview: April 2020/);
  // focus is still on the page: on the link followed (now to March), or the heading
  expect(await focused(page)).toMatch(/^(a#\|.*(March|May) 2020|h1#)/);
});

test("choosing every indicator not yet settled says how many were chosen; clearing says so too", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await page.goto("/approvals");
  const choose = page.getByRole("button", { name: "Choose every indicator not yet settled" }).first();
  await tabTo(page, choose);
  const panelId = (await choose.getAttribute("id"))!;
  await page.keyboard.press("Enter");
  await expectResult(page, /^\d+ indicators? chosen\.$/, new RegExp(`^button#${panelId}\\|Choose every`));
  const chosen = Number(/^(\d+)/.exec((await live(page).textContent())!)![1]);
  await expect(page.locator(`[id="${panelId.replace(/-choose-all$/, "-chosen")}"]`)).toContainText("Chosen:");
  expect(chosen).toBeGreaterThan(0);
  await tabTo(page, page.getByRole("button", { name: "Clear the choice" }).first());
  await page.keyboard.press("Enter");
  // the "Clear" button goes with the choice: focus back on the choosing button
  await expectResult(page, "No indicators chosen.", new RegExp(`^button#${panelId}\\|Choose every`));
});

test("a session that ends while its warning is open: said, and focus on \"Sign in again\"", async ({ browser }) => {
  const page = await asUser(browser, "reporter@lantern.example");
  let signedIn = true;
  await page.route("**/api/session", (route) =>
    route.request().method() === "GET"
      ? route.fulfill({ json: signedIn ? { signedIn: true, idleEndsAt: Date.now() + 90_000, absoluteEndsAt: Date.now() + 6 * 3600_000, now: Date.now() } : { signedIn: false } })
      : route.continue(),
  );
  await page.goto("/commentary");
  await expect(page.getByRole("dialog", { name: /You will be signed out in/ })).toBeVisible();
  expect(await focused(page)).toMatch(/^button#\|Stay signed in/);
  // The session ends before "Stay signed in" is pressed; the page asks again when it is shown again.
  signedIn = false;
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(page.getByRole("dialog", { name: "You have been signed out" })).toBeVisible();
  await expectResult(page, /You have been signed out/, /^a#session-sign-in-again\|Sign in again/);
  await page.context().close();
});

test("ten minutes before the session's fixed end: save, or sign in again in a new tab, which starts a new session", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await asUser(browser, "reporter@lantern.example");
  await page.route("**/api/session", (route) =>
    route.request().method() === "GET"
      ? route.fulfill({ json: { signedIn: true, idleEndsAt: Date.now() + 20 * 60_000, absoluteEndsAt: Date.now() + 9 * 60_000, now: Date.now() } })
      : route.continue(),
  );
  await page.goto("/commentary");
  const dialog = page.getByRole("dialog", { name: /Your session ends in (9|10) minutes/ });
  await expect(dialog).toContainText("sign in again in a new tab");
  expect(await focused(page)).toMatch(/^button#\|Continue working/);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatch(/^a#\|Sign in again now/);
  // signed in already, the sign-in form is shown (not the home page): signing in starts a new session
  await signInAgainInNewTab(page, "reporter@lantern.example", (tab) => expect(tab.getByText("Signing in again starts a new session")).toBeVisible());
  // Back in the first tab: the new session's end is far off, so the warning goes and the page says so.
  await page.unroute("**/api/session");
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(dialog).toBeHidden();
  await expectResult(page, /You are signed in again\. Your new session ends at/);
  await page.context().close();
});

test("with wider text spacing the scorecard's commentary status is read whole, and its link's focus ring is not cut off", async ({ browser }) => {
  // a reader's style sheet is not bound by the page's Content-Security-Policy
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await signIn(page, "manager@lantern.example");
  await page.goto("/scorecards/front-door/2020-05?layout=table");
  // WCAG 1.4.12's spacing, as a reader's style sheet would set it
  await page.addStyleTag({
    content: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
  });
  const lines = page.locator(".row-commentary");
  expect(await lines.count()).toBeGreaterThan(3);
  const clipped = await lines.evaluateAll((all) =>
    all.filter((p) => p.scrollWidth > p.clientWidth + 1 || getComputedStyle(p).textOverflow === "ellipsis").map((p) => p.textContent),
  );
  expect(clipped).toEqual([]);
  const link = lines.first().getByRole("link");
  await tabTo(page, link);
  // nothing between the link and its row cuts off what is drawn outside it (the 6 px focus ring)
  const clipping = await link.evaluate((a) => {
    const found: string[] = [];
    for (let el = a.parentElement; el && el.tagName !== "TR"; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX !== "visible" || style.overflowY !== "visible") found.push(`${el.tagName}.${el.className}`);
    }
    return found;
  });
  expect(clipping).toEqual([]);
  await page.context().close();
});
