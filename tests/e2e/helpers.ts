import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const DEMO_PASSWORD = process.env.LANTERN_DEMO_PASSWORD || "lantern-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Wait for the session before the test moves on (a wrong password stays on /signin).
  if (password === DEMO_PASSWORD) await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe with the WCAG 2.2 AA tags: no violations. It opens every <details>,
 * so chart data tables are checked too. A client-side navigation swaps the
 * <title> a moment after the content, so a check caught mid-swap is repeated
 * for a few seconds; a real violation stays and fails.
 * axe runs in the page itself (legacy mode: Lantern has no iframes) rather
 * than sending its partial results to a blank page opened for each check: the
 * same rules on the same nodes, the same violations, less work.
 */
export async function expectNoAxeViolations(page: Page) {
  await expect(async () => {
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`);
    expect(summary).toEqual([]);
  }).toPass({ timeout: Number(process.env.E2E_AXE_TIMEOUT ?? 30_000) });
}

/**
 * The monthly report's web pages after its cover, in reading order: the
 * summary's pages, then each service's section's pages, followed from the
 * cover by each page's "Next" link.
 */
export async function reportPartPaths(page: Page, period: string): Promise<string[]> {
  const paths: string[] = [];
  await page.goto(`/reports/${period}`);
  for (;;) {
    const next = page.getByRole("navigation", { name: "Report pages" }).getByRole("link", { name: /^Next: / });
    if ((await next.count()) === 0) break;
    const href = (await next.getAttribute("href"))!;
    paths.push(href);
    await page.goto(href);
  }
  await page.goto(`/reports/${period}`);
  return paths;
}

/** Each text appears in `text` after the one before. */
export function expectInOrder(text: string, items: string[]) {
  let at = -1;
  for (const item of items) {
    const next = text.indexOf(item, at + 1);
    expect(next, `"${item.slice(0, 60)}" after position ${at}`).toBeGreaterThan(at);
    at = next;
  }
}
