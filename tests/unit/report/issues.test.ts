// What makes a new issue of the monthly report, and what its cover lists.
import { describe, expect, it } from "vitest";
import { changesBetween, changeText, reportDigest, revisedFigures } from "@/lib/report/issues";
import type { MonthlyReport, ReportRow } from "@/lib/report/monthly";

const figure = (period: string, value: number | null) => ({ period, value, text: value === null ? "n/a" : value.toLocaleString("en-GB"), ofText: null, numerator: null, denominator: null });

function row(code: string, march: number, overrides: Partial<ReportRow> = {}): ReportRow {
  return {
    no: 1,
    id: code.length,
    code,
    title: `${code} title`,
    service: "front-door",
    twelve: [figure("2020-03", march), figure("2020-04", 1147)],
    ytd: { value: 1147, text: "1,147", months: 1, note: null },
    sameMonthLastYear: { value: null, text: "n/a", period: null, change: "" },
    outturns: [{ year: "2019/20", value: null, text: "n/a" }],
    benchmarks: [{ kind: "england", year: "2018/19", value: 23, text: "23" }],
    target: { value: null, text: "n/a" },
    tolerances: { red: "", amber: "", green: "" },
    rag: null,
    councilPlan: false,
    commentary: { status: "approved", body: "Contacts fell.", author: "Head Of Mash", at: "2020-05-10T09:00:00.000Z", notNeededReason: null, internal: false },
    definition: null,
    outcome: null,
    dataNote: null,
    ...overrides,
  } as ReportRow;
}

function report(rows: ReportRow[], narrative = "Steady month."): MonthlyReport {
  return {
    period: "2020-04",
    authority: "Demo",
    approved: true,
    preparedBy: [],
    monthLabels: [],
    twelveMonths: "",
    financialYear: "2020/21",
    outturnYears: [],
    sections: [
      {
        key: "front-door",
        name: "Front door",
        rows,
        narrative: { body: narrative, none: false, status: "approved", version: 1, updatedBy: null, updatedAt: null },
        scorecard: { approved: true, approvedBy: "Morgan Manager", approvedAt: "2020-05-12T09:00:00.000Z" },
      },
    ],
  };
}

describe("issues of the monthly report", () => {
  it("keeps the same digest for the same figures and text, whoever approved it and when", () => {
    const a = report([row("M1", 1198)]);
    const b = report([row("M1", 1198)]);
    b.sections[0].scorecard = { approved: true, approvedBy: "Someone Else", approvedAt: "2020-06-01T09:00:00.000Z" };
    expect(reportDigest(b)).toBe(reportDigest(a));
    expect(reportDigest(report([row("M1", 1210)]))).not.toBe(reportDigest(a));
    expect(reportDigest(report([row("M1", 1198)], "Changed."))).not.toBe(reportDigest(a));
  });

  it("lists a revised figure old → new, and the other changes in words", () => {
    const before = report([row("M1", 1198), row("M22", 5)]);
    const after = report(
      [
        row("M1", 1210, { benchmarks: [{ kind: "england", year: "2019/20", value: 25, text: "25" }] }),
        row("M33", 1, { commentary: { status: "not_needed", body: "", author: null, at: null, notNeededReason: "Steady", internal: false } }),
      ],
      "A new narrative.",
    );
    const changes = changesBetween(before, after);
    expect(changes.map(changeText)).toEqual([
      "Front door: narrative changed",
      "M1 March 2020: 1,198 → 1,210",
      "M1 England: 23 (2018/19) → 25 (2019/20)",
      "M33 M33 title: indicator added",
      "M22 M22 title: indicator retired",
    ]);
    expect([...revisedFigures(changes).keys()]).toEqual(["M1|2020-03"]);
  });

  it("says when commentary changed", () => {
    const changed = row("M1", 1198, { commentary: { status: "approved", body: "Rewritten.", author: "A", at: null, notNeededReason: null, internal: false } });
    expect(changesBetween(report([row("M1", 1198)]), report([changed])).map(changeText)).toEqual(["M1 M1 title: commentary changed"]);
  });
});
