import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3111";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext({ viewport: { width: 320, height: 800 } })).newPage();
await page.goto(base + "/signin");
await page.fill("#email", "manager@lantern.example"); await page.fill("#password", "lantern-demo"); await page.press("#password", "Enter");
await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
await page.goto(base + process.argv[2]);
console.log(await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll("main *")) {
    const r = el.getBoundingClientRect();
    if (r.right > 321) {
      const kids = [...el.children].some((c) => c.getBoundingClientRect().right > 321);
      if (!kids) out.push(`${el.tagName} .${String(el.className).slice(0,50)} w=${Math.round(r.width)} right=${Math.round(r.right)} text=${(el.textContent||"").slice(0,60)}`);
    }
  }
  return out.slice(0, 15).join("\n");
}));
await browser.close();
