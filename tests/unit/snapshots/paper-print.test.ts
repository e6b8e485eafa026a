// What the printed paper says where the screen fixes nothing: a quote typed
// with its own quotation marks is quoted once; "no commentary needed" shows
// its reason (frozen with the paper), not "No approved commentary"; a chart
// starts at the first month with a figure; the PDF is named by board and month.
import { describe, expect, it } from "vitest";
import { frozenTableHtml, type FrozenTableRow } from "@/components/snapshot/frozen-table";
import { indicatorChart } from "@/lib/snapshots/chart-view";
import { frozenRowsFor, type FrozenFigures } from "@/lib/snapshots/freeze";
import { pdfFileName, unquoted } from "@/lib/snapshots/paper-view";
import type { ScorecardRow } from "@/lib/queries/scorecard";

const tableRow = (over: Partial<FrozenTableRow>): FrozenTableRow => ({
  code: "M1", title: "Contacts", unit: "count", decimals: 0, featured: false, value: 1147, previous: 1198,
  changeFromPreviousPct: -4.26, direction: "down", judgement: "neutral", rag: null, bandsIllustrative: false,
  target: null, snAverage: null, england: null, snAverageYear: null, englandYear: null, spcWords: [], commentary: null, ...over,
});

describe("quotes", () => {
  it("drop the quotation marks they were typed with, so the paper's own are the only ones", () => {
    expect(unquoted('"My social worker listens to me."')).toBe("My social worker listens to me.");
    expect(unquoted("“I like my foster home”")).toBe("I like my foster home");
    expect(unquoted("'Better than before'")).toBe("Better than before");
    expect(unquoted("I said \"no\" to moving")).toBe('I said "no" to moving');
    expect(unquoted('""')).toBe('""');
  });
});

describe("no commentary needed", () => {
  it("is frozen with its reason, and the appendix shows that reason", () => {
    const scorecardRow = {
      id: 1, code: "M1", title: "Contacts", service: "front-door",
      commentary: { status: "not_needed", body: "", author: null, updatedAt: "2020-05-01T00:00:00Z", version: 1, internal: false, notNeededReason: "Within the usual range." },
    } as unknown as ScorecardRow;
    const [frozen] = frozenRowsFor({ rows: [scorecardRow], services: ["front-door"], featured: [] });
    expect(frozen.commentary).toBeNull();
    expect(frozen.figures.noCommentaryReason).toBe("Within the usual range.");
    const html = frozenTableHtml({ caption: "Front door", rows: [tableRow({ noCommentaryReason: "Within the usual range." })], showCommentary: true }).value;
    expect(html).toContain("No commentary needed: Within the usual range.");
    expect(html).not.toContain("No approved commentary");
  });

  it("a paper frozen before reasons were kept still says there is no approved commentary", () => {
    expect(frozenTableHtml({ caption: "Front door", rows: [tableRow({})], showCommentary: true }).value).toContain("No approved commentary");
  });
});

describe("a paper's chart", () => {
  it("starts at the first month with a figure, not at the empty months before it", () => {
    const series = ["2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11"].map((period, i) => ({ period, value: i < 5 ? null : 400 + i }));
    const figures = { unit: "count", decimals: 0, polarity: "low", series, spc: null, target: null, value: 406, rag: null, bandsIllustrative: false } as unknown as FrozenFigures;
    const chart = indicatorChart({ code: "M1", title: "Contacts", figures });
    expect(chart.points.map((p) => p.period)).toEqual(["2019-10", "2019-11"]);
    expect(chart.summary).toContain("the last 2 months: 405 in October 2019");
  });
});

describe("the PDF's file name", () => {
  it("names the board and the month", () => {
    expect(pdfFileName({ board: "Corporate Parenting Board", period: "2020-04", audience: "internal" })).toBe("lantern-corporate-parenting-board-2020-04.pdf");
    expect(pdfFileName({ board: "Corporate Parenting Board", period: "2020-04", audience: "public" })).toBe("lantern-corporate-parenting-board-2020-04-public.pdf");
  });
});
