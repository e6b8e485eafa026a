// Downloads are plain links: no page fetches a PDF or an export its reader
// did not ask for (a prefetching <Link> fetched the public release's PDF on
// every view). Requests to PDF and export addresses are counted while the
// public release, the signed-in paper, the overview and the report are read
// (links hovered, as a prefetch would be set off): none until a download is
// clicked. The public release is served as a file: a strong ETag, cacheable
// by a proxy and the back/forward cache, 304 on a repeat; the signed-in paper
// is not "no-store".
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const FILE_URL = /\/(pdf|xlsx)(\?|$)|\/api\/export\//;

/** Counts the page's requests for files (PDF, XLSX, CSV exports) from now on. */
function countFileRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (FILE_URL.test(new URL(r.url()).pathname + new URL(r.url()).search)) seen.push(r.url());
  });
  return seen;
}

async function hoverDownloads(page: Page) {
  for (const link of await page.locator("a[download]").all()) if (await link.isVisible()) await link.hover();
}

test("the public release fetches no PDF until its download is clicked, and is served as a cacheable file", async ({ page }) => {
  const files = countFileRequests(page);
  await page.goto("/public/1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await hoverDownloads(page);
  await page.waitForLoadState("networkidle");
  expect(files).toEqual([]);
  const link = page.getByRole("link", { name: "Download as PDF" });
  await expect(link).toHaveAttribute("download", /\.pdf$/);
  const download = page.waitForEvent("download", { timeout: 300_000 });
  await link.click();
  // the click downloads the file (a download is not a page request Playwright reports)
  expect((await download).url()).toMatch(/\/public\/1\/pdf$/);
  await expectNoAxeViolations(page);

  const first = await page.request.get("/public/1");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/
  expect(first.headers()["cache-control"]).toMatch(/^public, max-age=\d+, immutable$/);
  expect(first.headers()["content-security-policy"]).toContain("script-src 'none'");
  // served ahead of Next.js once held (lib/http/file-front.mjs), with the headers every page has
  const held = await page.request.get("/public/1", { headers: { "accept-encoding": "br" } });
  expect(held.headers()).toMatchObject({ etag, "content-encoding": "br", "x-content-type-options": "nosniff", "x-frame-options": "DENY" });
  expect(await held.text()).toBe(await first.text());
  expect(await first.text()).not.toContain("<script");
  const again = await page.request.get("/public/1", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
});

test("the signed-in paper, the overview and the report fetch no PDF or export until one is asked for", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "manager@lantern.example");
  const files = countFileRequests(page);
  const paper = await page.goto("/snapshots/1");
  // a paper is the same at each reading: revalidated, not kept out of the back/forward cache
  expect(paper?.headers()["cache-control"]).not.toContain("no-store");
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
  await page.getByRole("link", { name: "Public release" }).hover();
  for (const path of ["/?period=2020-04", "/reports/2020-04", "/reports/2020-04/summary", "/scorecards/front-door/2020-04"]) {
    await page.goto(path);
    await hoverDownloads(page);
    await page.waitForLoadState("networkidle");
  }
  expect(files).toEqual([]);
  // asked for: exactly what was clicked
  await page.goto("/reports/2020-04");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the report as XLSX" }).click();
  expect((await download).url()).toMatch(/\/reports\/2020-04\/xlsx$/);
});
