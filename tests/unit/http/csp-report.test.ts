// Violation reports are read in both forms browsers send, and what is
// recorded is bounded whatever an anonymous sender posts.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { cspReportRecorder, cspViolations } from "@/lib/http/csp-report";

describe("CSP violation reports", () => {
  it("are asked for by the policy, both ways", () => {
    const csp = contentSecurityPolicy({ nonce: "abc" });
    expect(csp).toContain("report-uri /api/csp-report");
    expect(csp).toContain("report-to csp");
  });

  it("reads the report-uri form and the Reporting API's, ignoring other report types", () => {
    expect(
      cspViolations({ "csp-report": { "document-uri": "https://l.example/", "violated-directive": "script-src-elem", "blocked-uri": "inline", "line-number": 4 } }),
    ).toEqual([{ directive: "script-src-elem", blocked: "inline", page: "https://l.example/", source: "4" }]);
    expect(
      cspViolations([
        { type: "deprecation", body: { id: "x" } },
        { type: "csp-violation", body: { documentURL: "https://l.example/a", effectiveDirective: "img-src", blockedURL: "https://evil.example/x.png", sourceFile: "https://l.example/a.js", lineNumber: 9 } },
      ]),
    ).toEqual([{ directive: "img-src", blocked: "https://evil.example/x.png", page: "https://l.example/a", source: "https://l.example/a.js:9" }]);
    for (const junk of [null, 3, "x", {}, [], { "csp-report": "x" }, [{ type: "csp-violation", body: {} }]]) expect(cspViolations(junk)).toEqual([]);
  });

  it("cuts each field short, strips control characters and takes at most ten a report", () => {
    const long = { type: "csp-violation", body: { effectiveDirective: "img-src", blockedURL: `x\n[auth] forged line${"y".repeat(5000)}` } };
    const found = cspViolations(Array.from({ length: 50 }, () => long));
    expect(found).toHaveLength(10);
    expect(found[0].blocked).toHaveLength(200);
    expect(found[0].blocked).not.toContain("\n");
  });

  it("records at most 30 lines a minute, then says how many it left out", () => {
    const lines: string[] = [];
    let now = 0;
    const record = cspReportRecorder((line) => lines.push(line), () => now);
    const v = { directive: "img-src", blocked: "https://evil.example/", page: "https://l.example/", source: "" };
    for (let i = 0; i < 100; i++) record(v);
    expect(lines).toHaveLength(30);
    now = 60_000;
    record(v);
    expect(lines).toHaveLength(31);
    expect(lines[30]).toBe("[csp] blocked https://evil.example/ by img-src on https://l.example/ (70 more not recorded)");
  });
});
