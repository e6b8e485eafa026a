// Driving pages by the keyboard alone, and what the accessibility specs check
// after each action: the live region's words (#live-region, the root
// layout's one live region) and where focus went, described as "tag#id|text".
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const PASSWORD = process.env.LANTERN_DEMO_PASSWORD || "lantern-demo";

export const live = (page: Page) => page.locator("#live-region");
export const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return !a || a === document.body ? "body" : `${a.tagName.toLowerCase()}#${a.id}|${(a.textContent ?? "").trim().slice(0, 60)}`;
  });

/**
 * After an action: the live region holds its result, and focus is where it
 * should be (never <body>): `at` describes the focused element as "tag#id|text".
 */
export async function expectResult(page: Page, said: string | RegExp, at: RegExp = /./) {
  await expect(live(page)).toContainText(said, { timeout: 20_000 });
  await expect.poll(() => focused(page), { timeout: 10_000 }).toMatch(at);
  expect(await focused(page)).not.toBe("body");
}

async function isFocused(target: Locator) {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the target has focus. */
export async function tabTo(page: Page, target: Locator, back = false) {
  await target.waitFor();
  for (let i = 0; i < 120; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

export async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/signin");
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/**
 * Follows the focused "Sign in again" link (it opens a new tab) and signs in
 * there by keyboard; `first` checks the sign-in tab before that. Returns the tab.
 */
export async function signInAgainInNewTab(page: Page, email: string, first?: (tab: Page) => Promise<void>) {
  const [again] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("Enter")]);
  if (first) await first(again);
  await tabTo(again, again.getByLabel("Email address"));
  await again.keyboard.type(email);
  await again.keyboard.press("Tab");
  await again.keyboard.type(PASSWORD);
  await again.keyboard.press("Enter");
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("You are signed in again");
  return again;
}

export async function asUser(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signInByKeyboard(page, email);
  return page;
}
