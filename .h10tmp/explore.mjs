import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3111";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
async function session(email) {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(base + "/signin");
  await page.fill("#email", email);
  await page.fill("#password", "lantern-demo");
  await page.press("#password", "Enter");
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  return page;
}
const urls = process.argv.slice(3);
const page = process.argv[2] === "anon" ? await (await browser.newContext({ viewport: { width: 320, height: 800 } })).newPage() : await session(process.argv[2]);
for (const u of urls) {
  const r = await page.goto(base + u);
  await page.waitForLoadState("networkidle");
  const info = await page.evaluate(() => {
    const w = document.documentElement.scrollWidth;
    const wide = [];
    if (w > 320) {
      for (const el of document.querySelectorAll("body *")) {
        const rect = el.getBoundingClientRect();
        if (rect.right > 321 && rect.width > 0) {
          // skip those inside an overflow scroller
          let p = el.parentElement, inside = false;
          while (p) { const s = getComputedStyle(p); if (/(auto|scroll|hidden)/.test(s.overflowX) && p.scrollWidth > p.clientWidth - 1 && p !== document.body) { inside = true; break; } p = p.parentElement; }
          if (!inside) wide.push(`${el.tagName.toLowerCase()}#${el.id}.${String(el.className).slice(0,60)} right=${Math.round(rect.right)} pos=${getComputedStyle(el).position}`);
        }
      }
    }
    return { w, title: document.title, h1: document.querySelector("h1")?.textContent, wide: wide.slice(0, 8) };
  });
  console.log(r?.status(), u, JSON.stringify(info));
}
await browser.close();
