import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3111";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext()).newPage();
await page.goto(base + "/signin");
await page.fill("#email", process.argv[2]); await page.fill("#password", "lantern-demo"); await page.press("#password", "Enter");
await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
for (const u of process.argv.slice(3)) { await page.goto(base + u); console.log("==", u); console.log((await page.locator("main").innerText()).slice(0, 2500)); }
await browser.close();
