// The design card's charts in the live screens, in Chromium against the
// production build: an indicator's last 12 months of RAG as Tremor's Tracker
// (one square a month, its month and RAG word as the tooltip) with the same
// months in words for a screen reader or anyone who cannot hover, on the
// indicator page and in a scorecard row's detail; and each service's RAG
// split on the overview as Tremor's CategoryBar with the counts in words. axe
// clean, and no Content-Security-Policy violation on the way. Reads the
// demo's April 2020 figures and changes nothing.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const MONTH_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}: (Green|Amber|Red|no RAG)$/;

/** Content-Security-Policy refusals reported in the console while the page was open. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** The strip's squares and its months in words, inside `scope`, checked against each other. */
async function expectStrip(scope: ReturnType<Page["locator"]>, page: Page) {
  const words = scope.locator("[data-rag-history] ol li");
  await expect(words).toHaveCount(12);
  const months = await words.allTextContents();
  for (const month of months) expect(month).toMatch(MONTH_WORD);
  const squares = scope.locator(".tremor-Tracker-trackingBlock");
  await expect(squares).toHaveCount(12);
  // the strip is colour and hover only: hidden from assistive technology, which reads the words
  await expect(scope.locator("[data-rag-history] [aria-hidden='true']").first()).toBeAttached();
  // hovering the last square shows its month and RAG word: the last month in the words
  await squares.last().hover();
  await expect(page.locator("[role=tooltip]")).toHaveText(months[11]);
  await page.mouse.move(0, 0);
  // the visible summary counts the same months
  const count = (word: string) => months.filter((m) => m.endsWith(`: ${word}`)).length;
  await expect(scope.locator("[data-rag-history] p").first()).toContainText(`${count("Green")} green, ${count("Amber")} amber, ${count("Red")} red`);
  return months;
}

test("an indicator page shows its last 12 months of RAG as squares and in words", async ({ page }) => {
  const refused = cspViolations(page);
  await signIn(page, "manager@lantern.example");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/indicators/LAC7-QL?period=2020-04");
  const section = page.getByRole("region", { name: "RAG, the last 12 months" });
  const months = await expectStrip(section, page);
  expect(months[11]).toMatch(/^April 2020: /);
  // the month's RAG in the strip is the one the page gives for the month
  const word = months[11].split(": ")[1];
  await expect(page.getByRole("region", { name: "April 2020" })).toContainText(word, { ignoreCase: true });
  await expectNoAxeViolations(page);
  expect(refused).toEqual([]);
});

test("a scorecard row's detail has the same 12-month strip", async ({ page }) => {
  const refused = cspViolations(page);
  await signIn(page, "manager@lantern.example");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/scorecards/lac/2020-04");
  const button = page.getByRole("row", { name: /^LAC7-QL / }).getByRole("button", { name: "LAC7-QL details" });
  await button.click();
  const detail = page.locator(`#${await button.getAttribute("aria-controls")}`);
  await expect(detail).toBeVisible();
  const months = await expectStrip(detail, page);
  await page.goto("/indicators/LAC7-QL?period=2020-04");
  // the same months, the same words as on the indicator's page
  expect(await page.getByRole("region", { name: "RAG, the last 12 months" }).locator("[data-rag-history] ol li").allTextContents()).toEqual(months);
  await page.goto("/scorecards/lac/2020-04");
  await page.getByRole("row", { name: /^LAC7-QL / }).getByRole("button", { name: "LAC7-QL details" }).click();
  await expect(page.locator(".sct .tremor-Tracker-trackingBlock")).toHaveCount(12);
  await expectNoAxeViolations(page);
  expect(refused).toEqual([]);
});

test("the overview shows each service's RAG split as a bar, with the counts in words", async ({ page }) => {
  const refused = cspViolations(page);
  await signIn(page, "manager@lantern.example");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?period=2020-04");
  const card = page.getByRole("region", { name: "Children looked after" });
  const split = card.locator("[data-rag-split]");
  // the counts in words (each with its RAG's shape, which is hidden from screen readers)
  const words = (await split.getByRole("listitem").allTextContents()).map((t) => t.replace(/[●◆▲]/g, "").trim());
  expect(words).toEqual([expect.stringMatching(/^\d+ red$/), expect.stringMatching(/^\d+ amber$/), expect.stringMatching(/^\d+ green$/), expect.stringMatching(/^\d+ with no RAG$/)]);
  await expect(split.getByRole("list", { name: "RAG counts" })).toBeVisible();
  const [red, amber, green, none] = words.map((w) => parseInt(w, 10));
  expect(red + amber + green + none).toBeGreaterThan(0);
  // one part of the bar for each RAG the service has, hidden from assistive technology (the words say it)
  const bar = split.locator(".tremor-CategoryBar-root");
  await expect(bar).toBeVisible();
  await expect(split.locator("[aria-hidden='true'] .tremor-CategoryBar-root")).toHaveCount(1);
  const parts = await bar.locator(".tremor-CategoryBar-categoryBar").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(parts.filter((w) => w > 0)).toHaveLength([red, amber, green, none].filter((n) => n > 0).length);
  // every service card has one
  const cards = page.locator("[data-rag-split]");
  expect(await cards.count()).toBeGreaterThan(3);
  await expect(page.locator(".tremor-CategoryBar-root")).toHaveCount(await cards.count());
  await expectNoAxeViolations(page);
  // another month inside the app (the cards are written anew): every card has its bar again
  await page.getByRole("navigation", { name: "Months" }).getByRole("link", { name: "Previous month: March 2020" }).click();
  await expect(page).toHaveURL(/period=2020-03/);
  await expect(page.getByRole("heading", { name: "Overview: March 2020" })).toBeVisible();
  await expect(page.locator(".tremor-CategoryBar-root")).toHaveCount(await page.locator("[data-rag-split]").count());
  expect(refused).toEqual([]);
});
