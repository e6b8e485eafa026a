// Large uploads against the production build, through proxy.ts as a browser
// sends them. Next.js buffers at most 10 MB of a body for the proxy and used
// to hand the route the rest cut short (a 12 MB file "loaded" 191 of its 220
// rows); the import routes are now outside the proxy and take a file whole or
// refuse it, before reading it, when it is over the limit (25 MB by default).
// The months the big file opens are then closed in one go at /admin/months.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

const MB = 1024 * 1024;

/**
 * A valid values file of just over 12 MB: every demo indicator but EH4-QL
 * (another spec reads its SPC chart), month by month from January 2000, each
 * row with a note near the 2,000-character limit. Far from the demo's months,
 * so no other spec's figures change.
 */
function twelveMegabyteFile(): { csv: string; rows: number; months: number; last: string } {
  const catalogue = fs.readFileSync(path.resolve(import.meta.dirname, "../../db/seed/demo/indicators.csv"), "utf8");
  const codes = catalogue
    .split("\n")
    .slice(1)
    .map((line) => (line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(",")[0]))
    .filter((code) => code && code !== "EH4-QL");
  const note = "Re-run of the archived return. ".repeat(63).trim(); // 1,952 characters
  const lines = ["indicator,period,value,note"];
  let size = lines[0].length + 1;
  let month = 0;
  let period = "";
  for (; size <= 12 * MB; month++) {
    period = `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    for (const code of codes) {
      const line = `"${code}",${period},${(month % 40) + 10},${note}`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  return { csv: lines.join("\n") + "\n", rows: lines.length - 1, months: month, last: period };
}

test("a 12 MB values file loads every row; a file over the limit is refused with the limit in words", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  await signIn(page, "admin@lantern.example");
  const headers = { "content-type": "text/csv", origin: baseURL! };

  const { csv, rows, months, last } = twelveMegabyteFile();
  expect(Buffer.byteLength(csv)).toBeGreaterThan(12 * MB);
  const loaded = await page.request.post("/api/import/values?file=archive-2000s.csv", { data: Buffer.from(csv), headers, timeout: 240_000 });
  const body = await loaded.json();
  expect(loaded.status(), JSON.stringify(body).slice(0, 500)).toBe(200);
  expect(body).toMatchObject({ ok: true, summary: { rows, inserted: rows, updated: 0 } });

  // The load opened every one of those months for commentary: the admin closes them in one go.
  const lastLabel = new Date(`${last}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  await page.goto("/admin/months");
  await page.getByLabel("Close every open month up to and including").selectOption({ label: lastLabel });
  await page.getByRole("button", { name: "Close these months" }).click();
  await expect(page.getByText(`Closed ${months} months to commentary, up to ${lastLabel}.`).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("row", { name: new RegExp(`^${lastLabel} `) })).toContainText("Closed");
  await expect(page.getByRole("row", { name: /^January 2000 / })).toHaveCount(0); // the older closed months are folded away
  await expect(page.getByRole("link", { name: /^Show all \d+ months$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Over the limit: refused from Content-Length, nothing read, the limit said in words.
  const huge = Buffer.alloc(26 * MB, "M1,2020-05,1102\n");
  const refused = await page.request.post("/api/import/values?file=huge.csv", { data: huge, headers, timeout: 120_000 });
  expect(refused.status()).toBe(413);
  expect(await refused.json()).toEqual({
    ok: false,
    code: "too_large",
    message:
      "The file is 26 MB, larger than the 25 MB Lantern takes in one import, so none of it was read or loaded. Split it into smaller files (by month or by service area) and load each.",
  });
});
