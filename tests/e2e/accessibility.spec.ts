// Accessibility beyond axe (WCAG 2.2 AA checks axe cannot make), in Chromium against the production
// build: the monthly cycle driven by the keyboard alone, checking after each
// action that focus went somewhere (never <body>) and that the page's one live
// region says what happened; errors with a summary linked to their fields;
// the warning before a session ends and a session that ends while typing.
// (Every page at 320 px, titles, the statement and the chart:
// ./accessibility-pages.spec.ts.) The cycle works on March 2020 (closed in the
// demo), reopened here and closed again at the end, so other specs' months are
// as they were.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";
import { asUser, expectResult, focused, live, signInAgainInNewTab, signInByKeyboard, tabTo } from "./keyboard";

const MARCH = "2020-03";

/** Links to March's commentaries that can still be written (a rerun on the same data finds the ones left). */
const editable = (page: Page) =>
  page
    .getByRole("table", { name: "Your indicators and their commentary status" })
    .getByRole("row")
    .filter({ hasNotText: /Submitted|Approved|No commentary needed/ })
    .getByRole("link");

async function setMarch(browser: Browser, open: boolean) {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@lantern.example");
  await admin.goto("/admin/months");
  const button = admin.getByRole("button", { name: `${open ? "Reopen" : "Close"} March 2020` });
  if (await button.count()) {
    await button.click();
    await expect(admin.getByRole("button", { name: `${open ? "Close" : "Reopen"} March 2020` })).toBeVisible();
  }
  await admin.context().close();
}

test.beforeAll(async ({ browser }) => setMarch(browser, true));
test.afterAll(async ({ browser }) => setMarch(browser, false));

test("a failed sign-in: both empty fields in a summary that takes focus, each error linked to its own field", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatch(/^a#\|Skip to main content/);
  await tabTo(page, page.getByRole("button", { name: "Sign in", exact: true }));
  await page.keyboard.press("Enter");
  await expectResult(page, /There is a problem.*Enter your email address.*Enter your password/, /^div#signin-error/);
  const summary = page.locator("#signin-error");
  await expect(summary.getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#email");
  await expect(summary.getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#password");
  for (const field of ["email", "password"]) {
    await expect(page.locator(`#${field}`)).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${field}`)).toHaveAttribute("aria-describedby", `${field}-error`);
  }
  await expectNoAxeViolations(page);
  // The summary's link takes focus to its field.
  await tabTo(page, summary.getByRole("link", { name: "Enter your password" }));
  await page.keyboard.press("Enter");
  await expect.poll(() => focused(page)).toMatch(/^input#password/);
  // A wrong password: said, and focus on the summary again.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type("reporter@lantern.example");
  await page.keyboard.press("Tab");
  await page.keyboard.type("not the password");
  await page.keyboard.press("Enter");
  await expectResult(page, /not right/, /^div#signin-error/);
});

test("the monthly cycle by keyboard alone: focus moves to each result, and the live region says it", async ({ browser }) => {
  test.setTimeout(300_000);
  // The reporter writes two of March's commentaries.
  const reporter = await asUser(browser, "reporter@lantern.example");
  await reporter.goto(`/commentary?period=${MARCH}`);
  // from the end of the list: other specs work on M1 (in May) and read its notifications
  const [first, second] = [await editable(reporter).nth(-1).getAttribute("href"), await editable(reporter).nth(-2).getAttribute("href")];
  const codes: string[] = [];
  for (const [href, text] of [
    [first, "Contacts were steady in March."],
    [second, "Referrals fell as schools closed."],
  ] as const) {
    await reporter.goto(href!);
    await expect(reporter).toHaveTitle(/^Commentary: .+, March 2020 · Lantern$/);
    codes.push((await reporter.getByRole("heading", { level: 1 }).textContent())!.split(" ")[0]);
    await tabTo(reporter, reporter.getByRole("textbox", { name: "Commentary", exact: true }));
    await reporter.keyboard.type(text);
    await tabTo(reporter, reporter.getByRole("button", { name: "Save draft" }));
    await reporter.keyboard.press("Enter");
    await expectResult(reporter, /Draft saved \(version \d+\)/, /^button#\|Save draft/);
    await tabTo(reporter, reporter.getByRole("button", { name: "Submit", exact: true }));
    await reporter.keyboard.press("Enter");
    await expectResult(reporter, "Submitted for approval", /^p#commentary-save-status/);
    await expect(reporter.getByText("This commentary is with the manager for approval")).toBeVisible();
  }
  await expectNoAxeViolations(reporter);

  // The manager returns the first without a note (refused: the summary links to the note), then with one; approves the second.
  const manager = await asUser(browser, "manager@lantern.example");
  await manager.goto("/approvals");
  // Arriving on a page by the keyboard: focus on its h1.
  await manager.goto("/");
  await tabTo(manager, manager.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Approvals" }));
  await manager.keyboard.press("Enter");
  await expect(manager).toHaveURL(/\/approvals$/);
  await expect.poll(() => focused(manager)).toMatch(/^h1#\|Approvals/);
  const card = (code: string) => manager.getByRole("article", { name: new RegExp(`^${code} .*: March 2020$`) });
  await tabTo(manager, card(codes[0]).getByRole("button", { name: "Return", exact: true }));
  await manager.keyboard.press("Enter");
  await expectResult(manager, "A note is required when you return commentary", /^div#approval-\d+-2020-03-errors/);
  const noteLink = card(codes[0]).getByRole("link", { name: "A note is required when you return commentary" });
  const note = card(codes[0]).getByRole("textbox", { name: /Note for the writer/ });
  await expect(noteLink).toHaveAttribute("href", `#${await note.getAttribute("id")}`);
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(note).toHaveAttribute("aria-describedby", /-note-error/);
  await expectNoAxeViolations(manager);
  await tabTo(manager, noteLink);
  await manager.keyboard.press("Enter");
  expect(await focused(manager)).toMatch(/^textarea#approval-\d+-2020-03-note/);
  await manager.keyboard.type("Please compare with February.");
  await tabTo(manager, card(codes[0]).getByRole("button", { name: "Return", exact: true }));
  await manager.keyboard.press("Enter");
  await expectResult(manager, `Returned to the writer with your note: ${codes[0]} `, /^h[23]#(approval-\d+-\d{4}-\d{2}-heading|waiting-heading)/);
  await expect(card(codes[0])).toHaveCount(0);
  await tabTo(manager, card(codes[1]).getByRole("button", { name: "Approve", exact: true }));
  await manager.keyboard.press("Enter");
  await expectResult(manager, `Approved: ${codes[1]} `, /^h[23]#(approval-\d+-\d{4}-\d{2}-heading|waiting-heading)/);
  await expect(card(codes[1])).toHaveCount(0);

  // "No commentary needed": the opened form's field takes focus, then the row's new status.
  await manager.goto(`/approvals?period=${MARCH}`);
  const panel = manager.getByRole("region", { name: /^Front door .*: March 2020$/ });
  const opener = panel.getByRole("button", { name: /^No commentary needed for / }).last();
  const code = (await opener.textContent())!.replace("No commentary needed for ", "");
  await tabTo(manager, opener);
  await manager.keyboard.press("Enter");
  await expect.poll(() => focused(manager)).toMatch(/^input#not-needed-\d+/);
  await manager.keyboard.type("Within the usual range.");
  await manager.keyboard.press("Tab");
  await manager.keyboard.press("Enter");
  await expectResult(manager, `${code} marked as no commentary needed.`, /^td#scorecard-front-door-status-\d+\|No commentary needed/);
  await expectNoAxeViolations(manager);

  // The reporter hears of the return and the approval, and marks them read (other specs count their own notifications).
  await reporter.goto("/notifications");
  await tabTo(reporter, reporter.getByRole("button", { name: "Mark all as read" }));
  await reporter.keyboard.press("Enter");
  await expectResult(reporter, "Every notification is marked as read.", /^ul#notification-items/);

  // A board member asks a question (a missing question is refused in the summary) and downloads the paper as a PDF.
  const board = await asUser(browser, "board@lantern.example");
  await board.goto("/board");
  await board.goto((await board.getByRole("link", { name: /Corporate Parenting Scorecard Highlights: April 2020/ }).first().getAttribute("href"))!);
  await tabTo(board, board.getByRole("button", { name: "Ask question" }));
  await board.keyboard.press("Enter");
  await expectResult(board, /There is a problem/, /^div#.*-errors/);
  await expect(board.getByLabel("Question", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await tabTo(board, board.getByLabel("Question", { exact: true }));
  await board.keyboard.type("Why did the number of children in care rise?");
  await tabTo(board, board.getByRole("button", { name: "Ask question" }));
  await board.keyboard.press("Enter");
  await expectResult(board, /question has been sent/, /^p#.*-result/);
  await tabTo(board, board.getByRole("button", { name: "Download PDF" }), true);
  await board.keyboard.press("Enter");
  await expect(live(board)).toContainText("Preparing the PDF");
  await expectResult(board, "The PDF has been downloaded", /^button#\|(Download PDF|Preparing PDF)/);
  for (const page of [reporter, manager, board]) await page.context().close();
});

test("the warning before the idle timeout: a dialog with \"Stay signed in\", which keeps the session", async ({ page }) => {
  await signInByKeyboard(page, "reporter@lantern.example");
  // The server says the session ends in 90 seconds (the real timeout is 30 minutes).
  await page.route("**/api/session", (route) =>
    route.request().method() === "GET"
      ? route.fulfill({ json: { signedIn: true, idleEndsAt: Date.now() + 90_000, absoluteEndsAt: Date.now() + 6 * 3600_000, now: Date.now() } })
      : route.continue(),
  );
  await page.goto("/commentary");
  const dialog = page.getByRole("dialog", { name: /You will be signed out in (2 minutes|1 minute|\d+ seconds)/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("for security you will be signed out at");
  expect(await focused(page)).toMatch(/^button#\|Stay signed in/);
  await expectNoAxeViolations(page);
  await page.unroute("**/api/session");
  await page.keyboard.press("Enter");
  // the dialog gives focus back: here, where the page had just opened, to its heading
  await expectResult(page, "You are still signed in.", /^h1#/);
  await expect(dialog).toBeHidden();
  // "Stay signed in" really recorded activity: the idle end is 30 minutes away again.
  const status = await page.evaluate(async () => (await fetch("/api/session")).json());
  expect(status.signedIn).toBe(true);
  expect(status.idleEndsAt - status.now).toBeGreaterThan(29 * 60_000);

  // Near the absolute lifetime, which nothing puts off: the dialog says to save now.
  await page.route("**/api/session", (route) =>
    route.fulfill({ json: { signedIn: true, idleEndsAt: Date.now() + 20 * 60_000, absoluteEndsAt: Date.now() + 60_000, now: Date.now() } }),
  );
  await page.reload();
  const last = page.getByRole("dialog", { name: /Your session ends in (1 minute|\d+ seconds)/ });
  await expect(last).toContainText("Save your work now, or sign in again in a new tab");
  expect(await focused(page)).toMatch(/^button#\|Continue/);
  await page.keyboard.press("Enter");
  await expect(last).toBeHidden();
  await expect.poll(() => focused(page)).toMatch(/^h1#/);
});

test("a session that ends while typing: the page says so, keeps the text, and saves it once signed in again", async ({ browser }) => {
  test.setTimeout(120_000);
  const writer = await asUser(browser, "reporter@lantern.example");
  await writer.goto(`/commentary?period=${MARCH}`);
  await writer.goto((await editable(writer).nth(-3).getAttribute("href"))!);
  const textbox = writer.getByRole("textbox", { name: "Commentary", exact: true });
  await tabTo(writer, textbox);
  await writer.keyboard.press("ControlOrMeta+A");
  await writer.keyboard.press("Delete");
  await writer.keyboard.type("First part. ");
  await expect(writer.locator("#commentary-save-status")).toContainText("Draft saved");
  // The same person signs out elsewhere: every session of theirs ends.
  const elsewhere = await asUser(browser, "reporter@lantern.example");
  await elsewhere.waitForLoadState("networkidle"); // the page ready, as a person would see it, before they sign out
  await elsewhere.getByRole("button", { name: "Sign out" }).press("Enter");
  await expect(elsewhere).toHaveURL(/\/signin/, { timeout: 20_000 });
  await writer.keyboard.type("Typed after the session ended.");
  const dialog = writer.getByRole("dialog", { name: "You have been signed out" });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toContainText("Anything you typed is still here and kept in this browser");
  await expect(writer.locator("#commentary-save-status")).toContainText("you have been signed out");
  await expect(textbox).toHaveValue("First part. Typed after the session ended.");
  const kept = await writer.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith("lantern:commentary:"))?.[1]);
  expect(JSON.parse(kept!).body).toBe("First part. Typed after the session ended.");
  expect(await focused(writer)).toMatch(/^a#session-sign-in-again\|Sign in again/);
  await expectNoAxeViolations(writer);
  // Sign in again in a new tab (the link opens one), then back: the kept text is saved.
  await signInAgainInNewTab(writer, "reporter@lantern.example");
  // Back on the first tab: the page may already have seen the new session (and saved); else close the dialog and save.
  await writer.bringToFront();
  if (await dialog.isVisible()) await writer.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await tabTo(writer, writer.getByRole("button", { name: "Save draft" }));
  await writer.keyboard.press("Enter");
  await expectResult(writer, /Draft saved \(version \d+\)|The draft is saved/, /^button#\|Save draft/);
  await writer.reload();
  await expect(textbox).toHaveValue("First part. Typed after the session ended.");
  await writer.context().close();
  await elsewhere.context().close();
});
