import { describe, expect, it } from "vitest";
import type { MonthlyReport, ReportSection } from "@/lib/report/monthly";
import { reportForPart, reportWebParts, SECTION_ROWS_PER_PAGE, SUMMARY_ROWS_PER_PAGE } from "@/lib/report/web-pages";

const section = (key: string, rows: number) => ({ key, name: key.toUpperCase(), rows: Array.from({ length: rows }, (_, i) => ({ code: `${key}-${i}` })) }) as unknown as ReportSection;
const report = (sections: ReportSection[]) => ({ period: "2020-04", sections }) as unknown as MonthlyReport;

describe("the monthly report's web pages", () => {
  it("cuts a large catalogue into pages of bounded size, every indicator on exactly one summary page and one section page", () => {
    const big = report(Array.from({ length: 12 }, (_, i) => section(`s${i}`, 30)));
    const parts = reportWebParts(big);
    const summaries = parts.filter((p) => p.part.kind === "summary");
    expect(summaries).toHaveLength(Math.ceil(360 / SUMMARY_ROWS_PER_PAGE));
    expect(summaries[0].title).toBe(`Summary (page 1 of ${summaries.length})`);
    const summaryRows = summaries.flatMap((p) => reportForPart(big, p.part)!.sections.flatMap((s) => s.rows));
    expect(summaryRows).toHaveLength(360);
    expect(new Set(summaryRows.map((r) => r.code)).size).toBe(360);
    const sectionPages = parts.filter((p) => p.part.kind === "section");
    expect(sectionPages).toHaveLength(12 * Math.ceil(30 / SECTION_ROWS_PER_PAGE));
    for (const p of [...summaries, ...sectionPages]) {
      const rows = reportForPart(big, p.part)!.sections.flatMap((s) => s.rows).length;
      expect(rows).toBeLessThanOrEqual(Math.max(SUMMARY_ROWS_PER_PAGE, SECTION_ROWS_PER_PAGE));
    }
  });

  it("keeps a small report to one summary page and a page per section, titled plainly", () => {
    const small = report([section("a", 9), section("b", 2)]);
    expect(reportWebParts(small).map((p) => p.title)).toEqual(["Cover and contents", "Summary", "A", "B"]);
    expect(reportForPart(small, { kind: "summary", page: 1 })!.sections.map((s) => s.rows.length)).toEqual([9, 2]);
  });

  it("has no page past the last, nor for a service not in the report", () => {
    const small = report([section("a", 9)]);
    expect(reportForPart(small, { kind: "section", key: "a", page: 2 })).toBeNull();
    expect(reportForPart(small, { kind: "section", key: "zz", page: 1 })).toBeNull();
    expect(reportForPart(small, { kind: "summary", page: 2 })).toBeNull();
  });
});
