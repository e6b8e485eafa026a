// Band history, service areas and the stale-number flag in the browser. Each
// test makes its own data (its own indicator, months and area, named for the
// run) and checks axe on the pages it changes.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const RUN = Date.now().toString(36).slice(-5);

async function importCsv(page: Page, name: string, csv: string) {
  await page.goto("/admin/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: /^Import \d+ rows?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: `Imported ${name}` })).toBeVisible();
}

test("an admin adds, renames, reorders and retires a service area", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@lantern.example");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Service areas" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service areas");
  await expectNoAxeViolations(page);
  const key = `e2e-area-${RUN}`;
  await page.getByLabel("Key").fill(key);
  await page.getByLabel("Name", { exact: true }).last().fill(`Edge of care ${RUN}`);
  await page.getByRole("button", { name: "Add service area" }).click();
  await expect(page.getByRole("heading", { name: `Edge of care ${RUN}`, level: 2 })).toBeVisible();
  const area = page.getByRole("region", { name: new RegExp(`Edge of care ${RUN}`) });
  await area.getByLabel("Name").fill(`Edge of care service ${RUN}`);
  await area.getByRole("button", { name: `Rename Edge of care ${RUN}` }).click();
  const renamed = page.getByRole("region", { name: new RegExp(`Edge of care service ${RUN}`) });
  await expect(renamed).toBeVisible();
  await renamed.getByRole("button", { name: /Move .* up/ }).click();
  await expect(page.getByRole("region", { name: new RegExp(`Edge of care service ${RUN}`) })).toContainText(/place \d+ of \d+/);
  await page.getByRole("region", { name: new RegExp(`Edge of care service ${RUN}`) }).getByRole("button", { name: /^Retire / }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Edge of care service ${RUN}.*\\(retired\\)`) })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/audit");
  await expect(page.getByText(`Added the service area "Edge of care ${RUN}"`).first()).toBeVisible();
});

test("the editor adds a set of bands from a month: the earlier month keeps its RAG; the page shows the history", async ({ page }) => {
  test.setTimeout(180_000);
  const code = `E2EB${RUN}`;
  await signIn(page, "admin@lantern.example");
  await importCsv(page, `${code}-catalogue.csv`, `code,title,service,polarity,unit,aggregation,green_min,amber_min\n${code},Visits on time ${RUN},front-door,high,percent,point,90,80\n`);
  await importCsv(page, `${code}-values.csv`, `indicator,period,value\n${code},2018-01,85\n${code},2018-02,85\n`);

  await page.goto(`/admin/indicators/${code}`);
  await page.getByLabel("These bands and target apply from").selectOption("2018-02");
  await page.getByLabel("Green from").fill("84");
  await page.getByLabel("Amber from").fill("70");
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page.getByText(/Saved: \d+ fields? changed/).last()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/indicators/${code}?period=2018-01`);
  const history = page.getByRole("table", { name: "Targets and RAG bands, oldest first" });
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.locator("tbody tr").first()).toContainText("Up to January 2018");
  await expect(page.getByRole("region", { name: "About this indicator" })).toContainText("90");
  await expectNoAxeViolations(page);
  await page.goto(`/indicators/${code}?period=2018-02`);
  await expect(page.getByRole("region", { name: "About this indicator" })).toContainText("84");
});

test("a figure revised after its commentary flags the old number to the reporter, who dismisses it", async ({ page }) => {
  test.setTimeout(180_000);
  const code = `E2ES${RUN}`;
  await signIn(page, "admin@lantern.example");
  await importCsv(page, `${code}-catalogue.csv`, `code,title,service,polarity,unit,aggregation\n${code},Contacts checked ${RUN},front-door,info,count,sum\n`);
  await importCsv(page, `${code}-values.csv`, `indicator,period,value\n${code},2017-06,1102\n`);
  await page.goto(`/indicators/${code}`);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "reporter@lantern.example");
  await page.goto("/commentary?period=2017-06");
  await page.getByRole("link", { name: new RegExp(code) }).click();
  await page.getByRole("textbox", { name: "Commentary", exact: true }).fill(`There were 1,102 contacts in June ${RUN}.`);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Draft saved/ })).toBeVisible();
  const editorUrl = page.url();
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "admin@lantern.example");
  await importCsv(page, `${code}-revised.csv`, `indicator,period,value\n${code},2017-06,1110\n`);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "reporter@lantern.example");
  await page.goto(editorUrl);
  await expect(page.getByRole("note").filter({ hasText: "says 1,102; the figure is now 1,110" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Dismiss the flag on ${code}` }).click();
  // the page is rendered again without the flag
  await expect(page.getByText("says 1,102; the figure is now 1,110")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("says 1,102; the figure is now 1,110")).toHaveCount(0);
});
