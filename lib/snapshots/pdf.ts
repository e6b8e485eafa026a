import "server-only";
// Renders a paper's print view to PDF in Chromium (playwright-core; the
// executable from LANTERN_CHROMIUM, default /usr/bin/chromium).
//
// - Chromium asks this server itself (LANTERN_INTERNAL_URL, else
//   http://127.0.0.1:PORT), never the address the reader used, and carries a
//   signed short-lived render token for that one paper (./render-token.ts),
//   never the reader's cookies: behind a TLS proxy the reader's
//   `__Secure-` cookie and https address mean nothing to it.
// - One Chromium at a time: renders queue behind each other (and the route
//   makes concurrent requests for one paper wait for the same render).
// - The contents' page numbers are Chromium's own: a first print's bookmarks
//   (made from the headings) say where each section starts; the numbers are
//   written into the contents and the paper printed again.
// - The PDF's title is the paper's title and its author the authority.
import fs from "node:fs";
import { pdfOutline, withPdfInfo } from "./pdf-file";
import { RENDER_HEADER } from "./render-token";
import { settings } from "@/lib/config/env";

export class ChromiumMissingError extends Error {}

function chromiumPath(): string {
  return settings().LANTERN_CHROMIUM;
}

/** Where Chromium reaches this server. */
function internalOrigin(): string {
  const { LANTERN_INTERNAL_URL, PORT } = settings();
  return (LANTERN_INTERNAL_URL ?? `http://127.0.0.1:${PORT}`).replace(/\/$/, "");
}

// One queue for the process (route handlers are bundled apart, so it lives on globalThis).
const QUEUE = Symbol.for("lantern.pdf.queue");
type Holder = { [QUEUE]?: Promise<unknown> };

function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const holder = globalThis as Holder;
  const run = (holder[QUEUE] ?? Promise.resolve()).then(job, job);
  holder[QUEUE] = run.catch(() => undefined);
  return run;
}

export interface RenderRequest {
  /** the print view's path, e.g. /snapshots/3/print */
  path: string;
  token: string;
  title: string;
  author: string;
}

export function renderPdf(request: RenderRequest): Promise<Buffer> {
  return inTurn(() => renderNow(request));
}

async function renderNow({ path, token, title, author }: RenderRequest): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(/*turbopackIgnore: true*/ executablePath)) throw new ChromiumMissingError(`No Chromium at ${executablePath}`);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: { [RENDER_HEADER]: token } });
    const page = await context.newPage();
    const response = await page.goto(`${internalOrigin()}${path}`, { waitUntil: "networkidle" });
    if (!response || !response.ok()) throw new Error(`The print view answered ${response?.status() ?? "nothing"}`);
    await page.emulateMedia({ media: "print" });
    // tagged (headings, tables and reading order for screen readers) and with its headings as bookmarks
    const print = () => page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    const entries = await page.$$eval("[data-page-for]", (els) => els.map((e) => ({ id: e.getAttribute("data-page-for")!, title: e.getAttribute("data-title")! })));
    let pdf = await print();
    if (entries.length) {
      // Each contents entry is found among the bookmarks in document order (a title may repeat, e.g. a service's name).
      const outline = pdfOutline(pdf);
      const pages: Record<string, number> = {};
      let from = 0;
      for (const entry of entries) {
        const at = outline.findIndex((o, i) => i >= from && o.title.trim() === entry.title.trim());
        if (at >= 0) {
          pages[entry.id] = outline[at].page;
          from = at + 1;
        }
      }
      await page.evaluate((found) => {
        for (const el of document.querySelectorAll("[data-page-for]")) el.textContent = String(found[el.getAttribute("data-page-for")!] ?? "");
      }, pages);
      pdf = await print();
    }
    return withPdfInfo(pdf, { title, author });
  } finally {
    await browser.close();
  }
}
