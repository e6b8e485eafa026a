import "server-only";
// Renders a snapshot's print view to PDF in Chromium (playwright-core; the
// executable from LANTERN_CHROMIUM, default /usr/bin/chromium). The caller's
// session cookies go with the request so the print view checks the same
// permissions as any page.
import fs from "node:fs";

export class ChromiumMissingError extends Error {}

function chromiumPath(): string {
  return process.env.LANTERN_CHROMIUM ?? "/usr/bin/chromium";
}

export async function renderPdf({ url, cookies }: { url: string; cookies: { name: string; value: string }[] }): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(/*turbopackIgnore: true*/ executablePath)) throw new ChromiumMissingError(`No Chromium at ${executablePath}`);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    const target = new URL(url);
    await context.addCookies(cookies.map((c) => ({ name: c.name, value: c.value, domain: target.hostname, path: "/" })));
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response || !response.ok()) throw new Error(`The print view answered ${response?.status() ?? "nothing"}`);
    // tagged (headings, tables and reading order for screen readers) and with its headings as bookmarks
    return await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
  } finally {
    await browser.close();
  }
}

/** Pages in a PDF: its /Type /Page objects (not /Pages). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
