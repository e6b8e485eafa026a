// Bodies are read whole or refused, never cut short: an upload sent chunked
// (no Content-Length) past the proxy's 10 MB buffer, the limit, and the
// anonymous CSP report endpoint.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const MB = 1024 * 1024;

/** POSTs `parts` as a chunked body (no Content-Length), as a streaming client would. */
function postChunked(url: string, headers: Record<string, string>, parts: Iterable<string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (c) => (body += c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", (error) => (/EPIPE|ECONNRESET/.test(String(error)) ? resolve({ status: 413, body: "" }) : reject(error)));
    for (const part of parts) request.write(part);
    request.end();
  });
}

/** An EES-shaped file of about `megabytes` MB with a known number of rows. */
function* eesRows(megabytes: number, counter: { rows: number }) {
  yield "time_period,time_identifier,geographic_level,old_la_code,la_name,population\n";
  let size = 0;
  for (let i = 0; size < megabytes * MB; i++) {
    const chunk = Array.from({ length: 1000 }, (_, j) => `2024,Calendar year,Local authority,${100 + ((i * 1000 + j) % 900)},Authority ${j},${1000 + j}\n`).join("");
    counter.rows += 1000;
    size += chunk.length;
    yield chunk;
  }
}

test("a 12.5 MB file sent chunked to /api/benchmarks is read whole; past the limit it is 413", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@lantern.example");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const headers = { cookie, origin: baseURL!, "content-type": "text/csv" };

  const counter = { rows: 0 };
  const whole = await postChunked(`${baseURL}/api/benchmarks/describe?file=population.csv`, headers, eesRows(12.5, counter));
  expect(whole.status, whole.body.slice(0, 300)).toBe(200);
  expect(JSON.parse(whole.body)).toMatchObject({ ok: true, rows: counter.rows });

  const over = await postChunked(`${baseURL}/api/benchmarks/describe?file=huge.csv`, headers, eesRows(26, { rows: 0 }));
  expect(over.status).toBe(413);
  if (over.body) expect(JSON.parse(over.body)).toMatchObject({ ok: false, code: "too_large" });
});

test("the CSP report endpoint takes a browser's report without a session and refuses a large body", async ({ request }) => {
  const report = { "csp-report": { "document-uri": "http://127.0.0.1/", "violated-directive": "img-src", "blocked-uri": "https://evil.example/x.png" } };
  const taken = await request.post("/api/csp-report", { data: JSON.stringify(report), headers: { "content-type": "application/csp-report" }, maxRedirects: 0 });
  expect(taken.status()).toBe(204);
  const large = await request.post("/api/csp-report", { data: "x".repeat(64 * 1024), headers: { "content-type": "application/csp-report" }, maxRedirects: 0 });
  expect(large.status()).toBe(413);
  const page = await request.get("/signin");
  expect(page.headers()["reporting-endpoints"]).toBe('csp="/api/csp-report"');
  expect(page.headers()["content-security-policy"]).toContain("report-to csp");
});
