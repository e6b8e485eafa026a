import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3111";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext()).newPage();
await page.goto(base + "/signin");
const active = () => page.evaluate(() => { const a = document.activeElement; return a ? `${a.tagName} ${a.id} ${a.textContent?.slice(0,30)}` : "none"; });
for (let i = 0; i < 6; i++) { await page.keyboard.press("Tab"); console.log(i, await active()); }
// submit empty
await page.goto(base + "/signin");
await page.locator("#email").focus();
await page.keyboard.press("Enter");
await page.waitForTimeout(1500);
console.log("after empty submit:", await active(), await page.locator("#live-region").textContent());
console.log(await page.locator("#signin-error").innerHTML());
console.log(await page.locator("#email").evaluate(e => [e.getAttribute("aria-invalid"), e.getAttribute("aria-describedby")]));
console.log(await page.locator("#password").evaluate(e => [e.getAttribute("aria-invalid"), e.getAttribute("aria-describedby")]));
await browser.close();
