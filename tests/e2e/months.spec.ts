// Months in Chromium against the production build: the admin sees each
// month's state and counts at /admin/months and closes a month to commentary;
// a reporter with the editor open is then refused with a message that says
// why, and sees the month closed; the admin reopens it and the save goes
// through. The spec works on a month of its own (July 2020, loaded here) and
// leaves it closed, so other specs' open months are as they were.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const JULY = "2020-07";
const editor = (page: Page) => page.getByRole("textbox", { name: "Commentary", exact: true });

async function loadJuly(page: Page) {
  // The demo's newest month is May; July's front-door contacts open July for commentary.
  const upload = await page.evaluate(async () => {
    const response = await fetch("/api/import/values?file=july.csv", {
      method: "POST",
      body: "indicator,period,value\nM1,2020-07,1080\n",
      headers: { "content-type": "text/csv" },
    });
    return response.status;
  });
  expect(upload).toBe(200);
}

test("the admin closes a month to commentary and reopens it; a closed month refuses changes in words", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext()).newPage();
  const reporter = await (await browser.newContext()).newPage();

  // The admin finds Months in the header: every month with its state and counts.
  await signIn(admin, "admin@lantern.example");
  await loadJuly(admin);
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Months" }).click();
  await expect(admin).toHaveURL(/\/admin\/months$/);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Months");
  const july = admin.getByRole("row", { name: /^July 2020 / });
  await expect(july).toContainText("Open for commentary");
  await expect(july.getByRole("cell").nth(1)).toHaveText("1"); // indicators with figures
  await expect(july).toContainText("1 not started");
  await expect(admin.getByRole("row", { name: /^March 2020 / })).toContainText("Closed");
  const may = admin.getByRole("row", { name: /^May 2020 / });
  await expect(may).toContainText("Open for commentary");
  await expectNoAxeViolations(admin);

  // The reporter opens July's M1 and starts writing.
  await signIn(reporter, "reporter@lantern.example");
  await reporter.goto(`/commentary?period=${JULY}`);
  await reporter.getByRole("link", { name: /^M1 / }).click();
  await expect(reporter).toHaveURL(new RegExp(`/commentary/${JULY}/\\d+$`));
  const editorUrl = reporter.url();

  // The admin closes July.
  await july.getByRole("button", { name: "Close July 2020" }).click();
  await expect(july).toContainText("July 2020 is closed to commentary.", { timeout: 15_000 });
  await expect(july).toContainText("Closed");
  await expect(july).toContainText("by Alex Admin on");
  await expect(july.getByRole("button", { name: "Reopen July 2020" })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The reporter's save is refused, saying why; nothing is saved.
  await editor(reporter).fill("Contacts fell to 1,080 in July.");
  await reporter.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(reporter.getByText(/Not saved: July 2020 is closed to commentary \(closed by Alex Admin on .*\), so nothing was changed\. Ask the performance team to reopen the month/).first()).toBeVisible();
  // Reloaded, the page says the month is closed and offers no editing; July is gone from My commentary.
  await reporter.goto(editorUrl);
  await expect(reporter.getByRole("note", { name: "Month closed" })).toContainText("July 2020 is closed to commentary (closed by Alex Admin on");
  await expect(editor(reporter)).toHaveValue("");
  await expect(reporter.getByRole("button", { name: "Save draft", exact: true })).toHaveCount(0);
  await expectNoAxeViolations(reporter);
  await reporter.goto("/commentary");
  await expect(reporter.getByRole("link", { name: "July 2020" })).toHaveCount(0);

  // Reopened, July takes commentary again.
  await july.getByRole("button", { name: "Reopen July 2020" }).click();
  await expect(july).toContainText("July 2020 is open for commentary again.", { timeout: 15_000 });
  await expect(july).toContainText("Open for commentary");
  await reporter.goto(editorUrl);
  await editor(reporter).fill("Contacts fell to 1,080 in July.");
  await reporter.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(reporter.getByRole("status").filter({ hasText: /Draft saved \(version 1\)/ })).toBeVisible();
  await admin.reload();
  await expect(july).toContainText("1 in progress");

  // The audit trail has both changes.
  await admin.goto("/admin/audit?action=month.close");
  await expect(admin.getByRole("row", { name: /Closed July 2020 to commentary/ })).toBeVisible();
  await admin.goto("/admin/audit?action=month.reopen");
  await expect(admin.getByRole("row", { name: /Reopened July 2020 for commentary/ })).toBeVisible();

  // Leave July closed, so other specs' open months are as the demo has them.
  await admin.goto("/admin/months");
  await july.getByRole("button", { name: "Close July 2020" }).click();
  await expect(july).toContainText("Closed");
});

test("months are the admins' only", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Months" })).toHaveCount(0);
  const response = await page.goto("/admin/months");
  expect(response?.status()).toBe(403);
});
