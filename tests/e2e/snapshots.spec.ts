import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn, expectNoAxeViolations } from "./helpers";



async function openDemoPaper(page: Page) {
  await expect(page).toHaveURL(/\/board$/);
  await page.getByRole("link", { name: /Corporate Parenting Scorecard Highlights: April 2020/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corporate Parenting Scorecard Highlights: April 2020");
}

test("a board member reads the published demo paper, the story first, and asks a question", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await openDemoPaper(page);
  await expect(page.getByText(/Published on .* by Morgan Manager/)).toBeVisible();
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  // At a glance, then the themes, then the service tables as an appendix: story first.
  expect(headings.indexOf("At a glance")).toBe(0);
  expect(headings.indexOf("Demand")).toBeLessThan(headings.indexOf("Appendix: the figures by service"));
  // Highlights are written from the demo figures: 487 children looked after in April 2020.
  await expect(page.getByRole("region", { name: "Demand" })).toContainText("487");
  const frontDoor = page.getByRole("region", { name: "Front door (contacts, MASH, referrals): April 2020" });
  await expect(frontDoor.getByRole("row", { name: /^M1 / })).toContainText("1,147");
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "tests/e2e/screenshots/snapshot-board-1440.png", fullPage: false });

  await page.getByLabel("Indicator", { exact: true }).selectOption("LAC1");
  await page.getByLabel("Question", { exact: true }).fill("What is behind the number of children looked after this month?");
  await page.getByRole("button", { name: "Ask question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your question has been sent" })).toBeVisible();
  await expect(page.getByText("What is behind the number of children looked after this month?")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "tests/e2e/screenshots/snapshot-board-390.png", fullPage: false });
});

test("the manager answers the board's question and records the resolution", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  await page.goto("/snapshots");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Corporate Parenting Scorecard Highlights: April 2020" }).first().click();
  await page.getByLabel("Your answer").first().fill("Lockdown slowed moves out of care; see the LAC commentary.");
  await page.getByRole("button", { name: "Answer" }).first().click();
  await expect(page.getByText("Answer from Morgan Manager")).toBeVisible();
  await page.getByLabel("Resolution", { exact: true }).fill("AGREED: that the information be noted");
  await page.getByRole("button", { name: "Record", exact: true }).click();
  await expect(page.getByText("AGREED: that the information be noted", { exact: false }).first()).toBeVisible();
});

test("the paper downloads as a PDF with its title page, page numbers and every service, the same bytes each time", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await openDemoPaper(page);
  const url = page.url();
  await page.getByRole("link", { name: "Print view (A4 board paper)" }).click();
  await expect(page.getByRole("heading", { name: "Contents" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(url);
  await page.getByRole("button", { name: "Download PDF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The PDF has been downloaded." })).toBeVisible({ timeout: 30_000 });

  const first = await page.request.get(`${url}/pdf`);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("application/pdf");
  const bytes = await first.body();
  const second = await (await page.request.get(`${url}/pdf`)).body();
  expect(Buffer.compare(bytes, second)).toBe(0);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-pdf-"));
  const file = path.join(dir, "paper.pdf");
  fs.writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  expect(text).toContain("Corporate Parenting Scorecard Highlights: April 2020");
  expect(text).toContain("Corporate Parenting Board");
  expect(text).toContain("Contents");
  expect(text).toMatch(/Published on .* by Morgan Manager/);
  expect(text).toContain("Children looked after");
  expect(text).toContain(`Page 2 of ${pages}`);
  // Title page, contents, at a glance, five themes, and the appendix of the eight services' tables.
  expect(pages).toBeGreaterThanOrEqual(9);
  expect(Number(first.headers()["x-pdf-pages"])).toBe(pages);
});

test("board members never see drafts, live scorecards or other boards' papers", async ({ page }) => {
  // The manager drafts a paper; the board member is refused it.
  await signIn(page, "manager@lantern.example");
  await page.goto("/snapshots/new?period=2020-04");
  await expectNoAxeViolations(page);
  await page.getByLabel("Title").fill("Draft for the next meeting");
  await page.getByLabel("Meeting date").fill("2020-07-20");
  await page.getByLabel("Theme 1 narrative").fill("Contacts **fell** in April.\n\n- lockdown\n- schools closed\n\n<script>alert(1)</script>");
  await page.getByLabel("Quotes, one per line").fill("They take into account my thoughts and feelings");
  await page.getByLabel(/Survey counts/).fill("Improved by 4: 4\nImproved by 2: 2\nImproved by 1: 1\nStayed the same: 1");
  await page.getByRole("button", { name: "Save draft snapshot" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft for the next meeting");
  await expect(page.getByText("Draft — not published")).toBeVisible();
  // The safe markup: bold and a list, and the script shown as text, never run.
  const demand = page.getByRole("region", { name: "Demand" });
  await expect(demand.locator("b")).toHaveText("fell");
  await expect(demand.getByRole("listitem")).toHaveText(["lockdown", "schools closed"]);
  await expect(demand).toContainText("<script>alert(1)</script>");
  // The children's survey as a chart with its figures in a table.
  const survey = page.getByRole("table", { name: "Survey answers" });
  await expect(survey.getByRole("row", { name: /Improved by 4/ })).toContainText("4");
  await expect(survey.getByRole("row")).toHaveCount(5);
  await expectNoAxeViolations(page);
  const draftUrl = page.url();
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "board@lantern.example");
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByText("Draft for the next meeting")).toHaveCount(0);
  const response = await page.goto(draftUrl);
  expect(response?.status()).toBe(403);
  expect((await page.request.get(`${draftUrl}/pdf`)).status()).toBe(403);
});

test("the public release needs no sign-in, suppresses small counts and says what the symbols mean", async ({ page }) => {
  await signIn(page, "board@lantern.example");
  await openDemoPaper(page);
  const id = page.url().split("/").pop();
  await page.context().clearCookies();
  await page.goto(`/public/${id}`);
  await expect(page).toHaveURL(new RegExp(`/public/${id}$`));
  await expect(page.getByRole("region", { name: "How to read this paper" })).toContainText("suppressed to protect confidentiality");
  // M4: 1 new CSE referral in April 2020 (values.csv) → suppressed.
  const m4 = page.getByRole("row", { name: /^M4 / });
  await expect(m4.getByRole("cell").nth(1)).toHaveText("c");
  await expect(page.getByRole("row", { name: /^M1 / })).toContainText("1,147");
  await expectNoAxeViolations(page);
});
