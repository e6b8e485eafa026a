// Benchmarks from the DfE's open data in Chromium against the
// production build: the admin imports the 2021 model and the populations,
// chooses the authority, imports a DfE release for an indicator with a
// ready-made mapping and sees the computed benchmarks; a bad model file
// shows its error and writes nothing; a manager may not open the page.
// axe on the page in each state.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

const DFE = path.resolve(import.meta.dirname, "../fixtures/dfe");

test("an admin sets up benchmarks from the DfE's files and sees them computed", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@lantern.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Benchmarks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benchmarks");
  await expectNoAxeViolations(page);

  // a model whose neighbour is not an authority: refused, listed, nothing written
  await page.getByLabel("Model file (CSV)").setInputFiles({
    name: "bad_model_2030.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("old_la_code,la_name,region_ind,region_name,SN_1,SN_1P\n301,A,3,London,302,Close\n302,B,3,London,999,Close\n"),
  });
  await page.getByRole("button", { name: "Import model" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "nothing was loaded" })).toContainText('bad_model_2030.csv:3:5: neighbour "999" of 302 B is not an authority of this model');
  await expect(page.getByText("None imported yet.").first()).toBeVisible();

  await page.getByLabel("Model file (CSV)").setInputFiles(path.join(DFE, "New_Statistical_Neighbour_Groupings_April_2021.csv"));
  await page.getByRole("button", { name: "Import model" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported statistical-neighbour model 2021: 156 authorities." })).toBeVisible();

  await page.getByLabel("ONS mid-year estimates file (CSV)").setInputFiles(path.join(DFE, "ons_mid-year_population_estimates_2012_to_2024.csv"));
  await page.getByRole("button", { name: "Import populations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 0–17 populations for 2012–2024" })).toBeVisible();

  await page.getByLabel("Authority", { exact: true }).selectOption("893");
  await page.getByLabel("Statistical-neighbour model", { exact: true }).selectOption("2021");
  await page.getByRole("button", { name: "Use this authority and model" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The authority is 893 Shropshire, with model 2021." })).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "Herefordshire (884)" })).toContainText("Cumbria (909)");

  await page.getByLabel("EES local-authority file (CSV)").setInputFiles(path.join(DFE, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
  await page.getByLabel("Indicator", { exact: true }).selectOption("M6-QL");
  await page.getByLabel("Mapping").selectOption("rereferrals-12-months");
  await page.getByRole("button", { name: "Import and compute" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Benchmarks computed for 13 years." })).toBeVisible();

  const table = page.getByRole("table", { name: "Latest computed benchmarks by indicator" });
  const row = table.getByRole("row", { name: /^M6-QL/ });
  await expect(row).toContainText("2024/25");
  await expect(row).toContainText("909 Cumbria: not in this year's data");
  await expect(page.getByText(/superseded|; current/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // the same page after choosing columns of a file for a custom mapping
  await page.getByLabel("EES local-authority file (CSV)").setInputFiles(path.join(DFE, "cla_number_and_rate_per_10k_children.csv"));
  await page.getByRole("button", { name: "Read the file's columns" }).click();
  await expect(page.getByLabel("Filter: population_type")).toBeVisible();
  await expect(page.getByLabel("Measure column")).toContainText("rate_per_10000");
  await expectNoAxeViolations(page);
});

test("the indicator page shows how we compare, and the overview marks the bottom quartile", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  // the same release for a higher-is-better indicator: Shropshire's low re-referral rate is then bottom quartile
  await page.goto("/admin/benchmarks");
  await page.getByLabel("EES local-authority file (CSV)").setInputFiles(path.join(DFE, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
  await page.getByLabel("Indicator", { exact: true }).selectOption("M8-QL");
  await page.getByLabel("Mapping").selectOption("rereferrals-12-months");
  await page.getByRole("button", { name: "Import and compute" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Benchmarks computed for 13 years." })).toBeVisible();

  await page.goto(`/indicators/${encodeURIComponent("M6-QL")}`);
  const compare = page.getByRole("region", { name: "How we compare" }).or(page.locator("section[aria-labelledby=compare-heading]"));
  await expect(page.getByRole("heading", { name: "How we compare" })).toBeVisible();
  await expect(compare).toContainText("Cumbria (909) left out: not in this year's data");
  await compare.getByText("Show the figures as a table").click();
  const table = page.getByRole("table", { name: /M6-QL: Shropshire against England and each statistical neighbour, by year/ });
  await expect(table.getByRole("row", { name: /^2023\/24/ })).toContainText("12.7");
  await expect(table.getByRole("columnheader", { name: "Herefordshire (884)" })).toBeVisible();
  await expectNoAxeViolations(page);

  // the scorecard's benchmark column says which year and where from
  await page.goto("/");
  const frontDoor = page.getByRole("region", { name: /Front door/ });
  await expect(frontDoor.getByRole("heading", { name: "In the national bottom quartile" })).toBeVisible();
  await expect(frontDoor).toContainText("M8-QL");
  await expectNoAxeViolations(page);
});

test("a manager may not open the benchmarks page", async ({ page }) => {
  await signIn(page, "manager@lantern.example");
  const response = await page.goto("/admin/benchmarks");
  expect(response?.status()).toBe(403);
});
