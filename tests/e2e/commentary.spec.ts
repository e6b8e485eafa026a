// The commentary and approval cycle in Chromium against the production build:
// a new month of front-door figures is loaded; the reporter writes, saves,
// closes the tab, comes back to the draft and submits; the manager returns it
// with a note; the reporter fixes and resubmits; the manager approves it and
// then the scorecard; the overview shows the scorecard approved. Every page
// on the way is checked with axe (WCAG 2.2 AA).
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut as clickSignOut, expectNoAxeViolations } from "./helpers";

const MAY = "2020-05";
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/commentary/front-door-2020-05.csv");
const M1_LINK = /^M1 Number of contacts received/;

test.describe.configure({ mode: "serial" });


/**
 * Signs out once the page has finished its own requests. A response still in
 * flight when the session cookie is deleted (a link prefetch, a refresh after
 * an action) can bring the rolling session cookie back; we saw this happen, so
 * the test waits, and says so if the session survived.
 */
async function signOut(page: Page) {
  await page.waitForLoadState("networkidle");
  await clickSignOut(page);
  await page.waitForLoadState("networkidle");
  const survived = (await page.context().cookies()).some((c) => c.name.endsWith("session-token"));
  if (survived) {
    console.warn("sign-out: the session cookie came back after signing out; clearing it");
    await page.context().clearCookies();
  }
}

const editor = (page: Page) => page.getByRole("textbox", { name: "Commentary", exact: true });

test("a month of commentary, from first draft to approved scorecard", async ({ page, context }) => {
  test.setTimeout(240_000);

  // 1. The performance team loads May 2020's front-door figures. The CLI
  // (`npm run lantern -- import values FILE`) cannot open the embedded
  // database while this server holds it, so the admin's upload route runs the
  // same import code instead.
  await signIn(page, "admin@lantern.example");
  await expect(page).toHaveURL(/\/$/);
  // From the page itself (fetch), so the browser's own session cookie is used;
  // page.request keeps a second copy of the cookie that signing out would leave behind.
  const upload = await page.evaluate(async (csv) => {
    const response = await fetch("/api/import/values?file=front-door-2020-05.csv", { method: "POST", body: csv, headers: { "content-type": "text/csv" } });
    return { status: response.status, body: await response.json() };
  }, fs.readFileSync(FIXTURE, "utf8"));
  expect(upload).toMatchObject({ status: 200, body: { ok: true, summary: { rows: 9 } } });
  await signOut(page);

  // 2. The reporter finds the indicator in "My commentary".
  await signIn(page, "reporter@lantern.example");
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("link", { name: "My commentary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My commentary: May 2020");
  await expect(page.getByRole("row", { name: M1_LINK })).toContainText("Not started");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: M1_LINK }).click();
  await expect(page).toHaveURL(new RegExp(`/commentary/${MAY}/\\d+$`));
  const editorUrl = page.url();
  await expect(page.getByRole("heading", { name: "The figures" })).toBeVisible();
  await expectNoAxeViolations(page);

  // 3. Starts from the figures, adds a sentence and saves the draft.
  await page.getByRole("button", { name: "Start from the figures" }).click();
  await expect(editor(page)).toHaveValue(/1,102 in May 2020, down from 1,147 in April\./);
  await editor(page).press("End");
  await editor(page).pressSequentially(" Schools were closed for most of the month.");
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Draft saved \(version \d+\)/ })).toBeVisible();

  // 4. Keeps typing and closes the tab straight away: the text is saved on the way out.
  await editor(page).press("End");
  await editor(page).pressSequentially(" Referrals fell too.");
  await page.close({ runBeforeUnload: true });
  const back = await context.newPage();
  await expect
    .poll(async () => {
      await back.goto(editorUrl);
      return back.getByRole("textbox", { name: "Commentary", exact: true }).inputValue();
    })
    .toContain("Schools were closed for most of the month. Referrals fell too.");

  // 5. Submitting text that names a child brings up the personal-data warning.
  const reporterPage = back;
  await editor(reporterPage).press("End");
  await editor(reporterPage).pressSequentially(" Jordan Smith was referred twice.");
  await reporterPage.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(reporterPage.getByRole("heading", { name: "Check for personal data before you submit" })).toBeVisible();
  await expect(reporterPage.getByText("Jordan Smith", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(reporterPage);
  await reporterPage.getByRole("button", { name: "Edit the text" }).click();
  await editor(reporterPage).fill((await editor(reporterPage).inputValue()).replace(" Jordan Smith was referred twice.", ""));
  await reporterPage.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(reporterPage.getByText("This commentary is with the manager for approval")).toBeVisible();
  await signOut(reporterPage);

  // 6. The manager returns it with a note.
  const managerPage = reporterPage;
  await signIn(managerPage, "manager@lantern.example");
  await expect(managerPage.getByRole("link", { name: /Notifications \d+ unread/ })).toBeVisible();
  await managerPage.getByRole("link", { name: "Approvals" }).click();
  await expect(managerPage.getByRole("heading", { level: 1 })).toHaveText("Approvals");
  await expectNoAxeViolations(managerPage);
  const card = managerPage.getByRole("article", { name: /^M1 Number of contacts/ });
  await card.getByRole("button", { name: "Return", exact: true }).click();
  // the error summary at the top of the card takes focus, its link leading to the note
  await expect(card.locator("[id$='-errors']")).toBeFocused();
  await expect(card.getByRole("link", { name: "A note is required when you return commentary" })).toBeVisible();
  await card.getByRole("textbox", { name: /Note for the writer/ }).fill("Please say how this compares with last May.");
  await card.getByRole("button", { name: "Return", exact: true }).click();
  await expect(managerPage.getByRole("article", { name: /^M1 Number of contacts/ })).toHaveCount(0);
  await signOut(managerPage);

  // 7. The reporter sees the note, fixes the text and submits again.
  const fixPage = managerPage;
  await signIn(fixPage, "reporter@lantern.example");
  await fixPage.getByRole("link", { name: /Notifications \d+ unread/ }).click();
  await expect(fixPage).toHaveURL(/\/notifications/);
  await expect(fixPage).toHaveTitle(/Notifications/);
  await expectNoAxeViolations(fixPage);
  await fixPage.getByRole("link", { name: /returned your commentary on M1/ }).first().click();
  await expect(fixPage.getByRole("note", { name: "Note from the manager" })).toContainText("Please say how this compares with last May.");
  await editor(fixPage).press("End");
  await editor(fixPage).pressSequentially(" Last May there were 1,250 contacts.");
  await fixPage.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(fixPage.getByText("This commentary is with the manager for approval")).toBeVisible();
  await expect(fixPage.getByRole("heading", { name: "History" })).toBeVisible();
  await expectNoAxeViolations(fixPage);
  await signOut(fixPage);

  // 8. The manager approves it, marks the rest as needing no commentary, and approves the scorecard.
  const approvePage = fixPage;
  await signIn(approvePage, "manager@lantern.example");
  await approvePage.goto(`/approvals?period=${MAY}`);
  const again = approvePage.getByRole("article", { name: /^M1 Number of contacts/ });
  await expect(again.getByRole("textbox", { name: /Commentary/ })).toHaveValue(/Last May there were 1,250 contacts\./);
  await again.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(approvePage.getByRole("article", { name: /^M1 Number of contacts/ })).toHaveCount(0);
  const panel = approvePage.getByRole("region", { name: /^Front door .*May 2020$/ });
  await expect(panel.getByRole("row", { name: /^M1 / })).toContainText("Approved");
  for (const code of ["M2", "M3", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"]) {
    await panel.getByRole("button", { name: `No commentary needed for ${code}`, exact: true }).click();
    await panel.getByRole("textbox", { name: `Why is no commentary needed on ${code}?` }).fill("Within the usual range this month.");
    await panel.getByRole("button", { name: "Confirm no commentary needed" }).click();
    await expect(panel.getByRole("row", { name: new RegExp(`^${code.replace(/[()]/g, "\\$&")} [A-Z]`) })).toContainText("No commentary needed");
  }
  // the section narrative of the monthly report is needed before the scorecard can be approved
  await expect(panel.getByRole("button", { name: "Approve scorecard" })).toBeDisabled();
  await panel.getByRole("textbox", { name: /^Write the Front door .*narrative$/ }).fill("Contacts rose in May; re-referrals are within their usual range.");
  await panel.getByRole("button", { name: "Save the narrative" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Narrative saved (version 1)." })).toBeVisible();
  await expectNoAxeViolations(approvePage);
  await panel.getByRole("button", { name: "Approve scorecard" }).click();
  await expect(panel.getByText("Scorecard approved")).toBeVisible();

  // 9. The overview shows the scorecard approved.
  await approvePage.goto(`/?period=${MAY}`);
  await expect(approvePage.getByText("Scorecard approved").first()).toBeVisible();
  await signOut(approvePage);

  // 10. The admin finds the return in the audit trail.
  await signIn(approvePage, "admin@lantern.example");
  await approvePage.getByRole("link", { name: "Audit" }).click();
  await approvePage.getByLabel("Action").selectOption("commentary.return");
  await approvePage.getByRole("button", { name: "Filter" }).click();
  await expect(approvePage.getByRole("row", { name: /Please say how this compares with last May/ })).toBeVisible();
  await expectNoAxeViolations(approvePage);
});

test("people without the role are refused the commentary pages", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole("link", { name: "My commentary" })).toHaveCount(0);
  for (const url of ["/commentary", "/approvals", "/admin/audit"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
  }
});

test("two people saving the same draft: the second sees both texts side by side and merges", async ({ browser }) => {
  const reporter = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();
  await signIn(reporter, "admin@lantern.example");
  const upload = await reporter.evaluate(async () => {
    const response = await fetch("/api/import/values?file=june.csv", { method: "POST", body: "indicator,period,value\nM2,2020-06,280\n" });
    return response.status;
  });
  expect(upload).toBe(200);
  await signOut(reporter);

  await signIn(reporter, "reporter@lantern.example");
  await reporter.goto("/commentary?period=2020-06");
  await reporter.getByRole("link", { name: /^M2 / }).click();
  await expect(reporter).toHaveURL(/\/commentary\/2020-06\/\d+$/);
  await signIn(manager, "manager@lantern.example");
  await manager.goto(reporter.url());

  // Both start from the empty draft; the reporter saves first.
  await editor(reporter).fill("Referrals rose to 280.");
  await reporter.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(reporter.getByRole("status").filter({ hasText: "Draft saved (version 1)" })).toBeVisible();
  await editor(manager).fill("Referrals are back to the usual level.");
  await manager.getByRole("button", { name: "Save draft", exact: true }).click();

  // The manager's save is refused: both texts are shown, nothing is lost.
  await expect(manager.getByRole("heading", { name: "Someone else saved this commentary while you were writing" })).toBeVisible();
  await expect(manager.getByTestId("conflict-mine")).toHaveText("Referrals are back to the usual level.");
  await expect(manager.getByTestId("conflict-theirs")).toHaveText("Referrals rose to 280.");
  await expectNoAxeViolations(manager);
  await editor(manager).fill("Referrals rose to 280, back to the usual level.");
  await manager.getByRole("button", { name: "Save merged text" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Draft saved (version 2)" })).toBeVisible();
  await reporter.reload();
  await expect(editor(reporter)).toHaveValue("Referrals rose to 280, back to the usual level.");

  // Any earlier version can be restored, as a new version.
  await reporter.getByRole("button", { name: "Restore version 1" }).click();
  await expect(editor(reporter)).toHaveValue("Referrals rose to 280.");
  await expect(reporter.getByText(/Version 3: Restored by Riley Reporter/)).toBeVisible();
  await expectNoAxeViolations(reporter);
});
