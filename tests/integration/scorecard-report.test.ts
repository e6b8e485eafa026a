// Scorecards and the report on a real database (PGlite, and PostgreSQL with LANTERN_TEST_DB=postgres):
// the data version and the kept scorecard, withdrawing a submission, "No
// commentary needed" for several indicators at once, the section narrative,
// and the monthly performance report checked against the demo's figures.
import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commentaries, indicators } from "@/db/schema";
import { approveScorecard } from "@/lib/actions/approvals/core";
import { approveCommentary, saveCommentary, submitCommentary } from "@/lib/actions/commentary/core";
import { markNoCommentaryNeededBulk, withdrawCommentary } from "@/lib/actions/commentary/more-steps";
import { saveNarrative } from "@/lib/actions/narratives/core";
import { currentDataVersion } from "@/lib/data-version";
import { reportWorkbook } from "@/lib/export/report-xlsx";
import { importFile } from "@/lib/import/apply";
import { monthlyReportFor } from "@/lib/queries/report";
import { cachedScorecard, monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { ytdText } from "@/lib/report/monthly";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, as } = withCommentaryWorld();

async function versionOf(code: string, period = MAY): Promise<number> {
  const [row] = await handle.db
    .select({ version: commentaries.version })
    .from(commentaries)
    .innerJoin(indicators, eq(indicators.id, commentaries.indicatorId))
    .where(and(eq(indicators.code, code), eq(commentaries.period, period)));
  return row?.version ?? 0;
}

describe("the data version and the kept scorecard", () => {
  it("keeps one computation per version, and every import, commentary save and approval moves the version on", async () => {
    const db = handle.db;
    const v0 = await currentDataVersion(db);
    const first = await cachedScorecard({ db, period: MAY, service: "front-door" });
    const again = await cachedScorecard({ db, period: MAY, service: "front-door" });
    expect(again.document).toBe(first.document); // the same object: computed once

    const m5 = await world.indicatorId("M5");
    const saved = await saveCommentary(as("reporter"), { indicatorId: m5, period: MAY, expectedVersion: 0, body: "A draft on M5" });
    expect(saved.ok).toBe(true);
    const v1 = await currentDataVersion(db);
    expect(v1).toBeGreaterThan(v0);
    const afterSave = await cachedScorecard({ db, period: MAY, service: "front-door" });
    expect(afterSave.document).not.toBe(first.document);
    expect(afterSave.document.rows.find((r) => r.code === "M5")?.commentary?.body).toBe("A draft on M5");

    const imported = await importFile({ db, kind: "values", text: "indicator,period,value\nM4,2020-05,2\n", file: "m4.csv" });
    expect(imported.ok).toBe(true);
    const v2 = await currentDataVersion(db);
    expect(v2).toBeGreaterThan(v1);
    expect((await cachedScorecard({ db, period: MAY, service: "front-door" })).document.rows.find((r) => r.code === "M4")?.value).toBe(2);
  });

  it("knows which months have figures", async () => {
    const version = await currentDataVersion(handle.db);
    const months = await monthsWithFigures({ db: handle.db, version, service: "front-door" });
    expect(months.at(-1)).toBe(MAY);
    expect(months).toContain("2019-10");
    expect(months).not.toContain("1900-01");
    expect(await monthsWithFigures({ db: handle.db, version, service: "lac" })).not.toContain(MAY);
  });
});

describe("withdrawing a submission", () => {
  it("takes submitted commentary back to a draft, until it is approved", async () => {
    const m3 = await world.indicatorId("M3");
    const submitted = await submitCommentary(as("reporter"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3"), body: "Conversion held steady." });
    expect(submitted).toMatchObject({ ok: true, data: { status: "submitted" } });
    const withdrawn = await withdrawCommentary(as("reporter"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3") });
    expect(withdrawn).toMatchObject({ ok: true, data: { status: "draft", body: "Conversion held steady." } });
    // a draft cannot be withdrawn
    const twice = await withdrawCommentary(as("reporter"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3") });
    expect(twice).toMatchObject({ ok: false, code: "invalid_state" });
    // once approved, it is the manager's
    await submitCommentary(as("reporter"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3"), body: "Conversion held steady." });
    expect((await approveCommentary(as("manager"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3") })).ok).toBe(true);
    const late = await withdrawCommentary(as("reporter"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3") });
    expect(late).toMatchObject({ ok: false, code: "invalid_state" });
    // and someone who does not write on the indicator may not withdraw it
    const other = await withdrawCommentary(as("reporter of another service"), { indicatorId: m3, period: MAY, expectedVersion: await versionOf("M3") });
    expect(other).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("No commentary needed for several indicators at once", () => {
  it("needs a reason and a manager of the service", async () => {
    const m6 = await world.indicatorId("M6-QL");
    const noReason = await markNoCommentaryNeededBulk(as("manager"), { serviceKey: "front-door", period: MAY, reason: " ", items: [{ indicatorId: m6, expectedVersion: 0 }] });
    expect(noReason).toMatchObject({ ok: false, code: "invalid", fieldErrors: { reason: "A reason is required when no commentary is needed" } });
    const reporter = await markNoCommentaryNeededBulk(as("reporter"), { serviceKey: "front-door", period: MAY, reason: "Steady", items: [{ indicatorId: m6, expectedVersion: 0 }] });
    expect(reporter).toMatchObject({ ok: false, code: "forbidden" });
    const elsewhere = await markNoCommentaryNeededBulk(as("manager"), {
      serviceKey: "front-door",
      period: MAY,
      reason: "Steady",
      items: [{ indicatorId: await world.indicatorId("LAC1"), expectedVersion: 0 }],
    });
    expect(elsewhere).toMatchObject({ ok: false, code: "not_found" });
  });

  it("marks none when one of them cannot be marked, and names it", async () => {
    const items = [
      { indicatorId: await world.indicatorId("M6-QL"), expectedVersion: await versionOf("M6-QL") },
      { indicatorId: await world.indicatorId("M3"), expectedVersion: await versionOf("M3") }, // approved above
    ];
    const result = await markNoCommentaryNeededBulk(as("manager"), { serviceKey: "front-door", period: MAY, reason: "Within the usual range", items });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
    if (!result.ok) expect(result.message).toMatch(/^M3: .*Nothing was marked\.$/);
    expect(await versionOf("M6-QL")).toBe(0);
  });

  it("marks them all with one reason", async () => {
    const codes = ["M6-QL", "M6-QL (val)", "M8-QL"];
    const items = await Promise.all(codes.map(async (c) => ({ indicatorId: await world.indicatorId(c), expectedVersion: await versionOf(c) })));
    const result = await markNoCommentaryNeededBulk(as("manager"), { serviceKey: "front-door", period: MAY, reason: "Within the usual range", items });
    expect(result).toMatchObject({ ok: true, data: { marked: codes } });
    const rows = await handle.db
      .select({ status: commentaries.status, reason: commentaries.notNeededReason })
      .from(commentaries)
      .where(and(eq(commentaries.period, MAY)));
    expect(rows.filter((r) => r.status === "not_needed" && r.reason === "Within the usual range")).toHaveLength(3);
  });
});

describe("the section narrative", () => {
  it("is written by the service's manager, saved with a version, and locked once the scorecard is approved", async () => {
    const input = { serviceKey: "front-door", period: MAY, body: "Contacts fell again; re-referrals are within the usual range." };
    expect(await saveNarrative(as("reporter"), { ...input, expectedVersion: 0 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveNarrative(as("manager"), { ...input, expectedVersion: 0 })).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await saveNarrative(as("manager"), { ...input, expectedVersion: 0 })).toMatchObject({ ok: false, code: "conflict" });

    let report = await monthlyReportFor({ db: handle.db, period: MAY, version: await currentDataVersion(handle.db) });
    expect(report.sections.find((s) => s.key === "front-door")?.narrative).toMatchObject({ status: "draft", body: input.body });

    // settle the rest of front door, approve the scorecard: the narrative is approved with it
    const rest = ["M1", "M2", "M2-NI", "M4", "M5"];
    const items = await Promise.all(rest.map(async (c) => ({ indicatorId: await world.indicatorId(c), expectedVersion: await versionOf(c) })));
    expect((await markNoCommentaryNeededBulk(as("manager"), { serviceKey: "front-door", period: MAY, reason: "Steady", items })).ok).toBe(true);
    expect((await approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY })).ok).toBe(true);
    report = await monthlyReportFor({ db: handle.db, period: MAY, version: await currentDataVersion(handle.db) });
    expect(report.sections.find((s) => s.key === "front-door")?.narrative.status).toBe("approved");
    const locked = await saveNarrative(as("manager"), { ...input, body: "Changed after approval", expectedVersion: 1 });
    expect(locked).toMatchObject({ ok: false, code: "invalid_state" });
  });
});

describe("the monthly performance report", () => {
  it("has the summary columns with the demo's figures", async () => {
    const report = await monthlyReportFor({ db: handle.db, period: "2020-04", version: await currentDataVersion(handle.db) });
    expect(report.monthLabels).toEqual(["Feb 20", "Mar 20", "Apr 20"]);
    expect(report.outturnYears).toEqual(["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]);
    const rows = report.sections.flatMap((s) => s.rows);
    expect(rows.length).toBe(61);
    expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));

    // M6-QL, re-referrals: 4%, 6%, 3% (values.csv); lower is better; SN average 25, England 23 (benchmarks.csv);
    // illustrative bands from England: green ≤23, amber ≤25.3
    const m6 = rows.find((r) => r.code === "M6-QL")!;
    expect(m6).toMatchObject({
      goodIs: "Low",
      unit: "percentage",
      months: [expect.objectContaining({ value: 4, text: "4%" }), expect.objectContaining({ value: 6, text: "6%" }), expect.objectContaining({ value: 3, text: "3%" })],
      ytd: { value: null, text: "n/a" },
      direction: "↓ better",
      change: "−3.0 percentage points; relative change −50%",
      rag: "green",
      ragIllustrative: true,
      tolerances: { red: ">25.3%", amber: "23%–25.3%", green: "≤23%" },
    });
    const bench = (kind: string) => m6.benchmarks.find((b) => b.kind === kind);
    expect(bench("sn_average")).toMatchObject({ value: 25, text: "25%", year: expect.stringMatching(/^\d{4}\/\d{2}$/) });
    expect(bench("sn_best")).toMatchObject({ value: null, text: "n/a", year: null });
    expect(bench("england")).toMatchObject({ value: 23, text: "23%" });

    // EH4-QL, single assessments in 45 days: 82%, 88%, 79%; higher is better; England 81, SN 76
    const eh4 = rows.find((r) => r.code === "EH4-QL")!;
    expect(eh4.months.map((m) => m.text)).toEqual(["82%", "88%", "79%"]);
    expect(eh4).toMatchObject({ goodIs: "High", direction: "↓ worse", rag: "amber", tolerances: { red: "<72.9%", amber: "72.9%–81%", green: "81%+" } });
    expect(eh4.change).toBe("−9.0 percentage points; relative change −10%");

    // M1 contacts: a count added up over the year, so April's YTD is April's figure
    const m1 = rows.find((r) => r.code === "M1")!;
    expect(m1.months.map((m) => m.text)).toEqual(["1,129", "1,198", "1,147"]);
    expect(m1).toMatchObject({ goodIs: "For information", ytd: { value: 1147, text: "1,147", months: 1 }, rag: null, change: "relative change −4%" });
    // April is the whole of the year so far: no "of 12 months" (the one rule, lib/figures/partial.ts)
    expect(ytdText(m1)).toBe("1,147");
    // every approved April commentary is in the report with its author
    const approved = rows.filter((r) => r.commentary.status === "approved");
    expect(approved.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.commentary.status === "approved" || r.commentary.status === "not_needed")).toBe(true);
    expect(approved.every((r) => r.commentary.body.trim() !== "")).toBe(true);
    // the demo's April narratives are written and approved with the scorecards
    expect(report.approved).toBe(true);
    expect(report.sections.every((s) => s.narrative.status === "approved" && s.narrative.body.includes("April 2020"))).toBe(true);
    expect(m1.outturns.map((o) => o.text)).toEqual(["n/a", "n/a", "n/a", "n/a", "n/a"]);
  });

  it("says how much of the year a partial year to date covers", async () => {
    // March 2020: the demo's figures start in October 2019, so 2019/20's YTD has 6 of its 12 months
    const report = await monthlyReportFor({ db: handle.db, period: "2020-03", version: await currentDataVersion(handle.db) });
    const m1 = report.sections.flatMap((s) => s.rows).find((r) => r.code === "M1")!;
    expect(ytdText(m1)).toMatch(/^[\d,]+ \(6 of 12 months\)$/);
    expect(m1.ytd.covers).toBe("6 of 12 months");
  });

  it("exports the summary, a sheet per section, the narratives and the values import shape as XLSX", async () => {
    const report = await monthlyReportFor({ db: handle.db, period: "2020-04", version: await currentDataVersion(handle.db) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportWorkbook(report)) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["summary", ...report.sections.map((s) => s.name.slice(0, 31)), "narratives", "values"]);
    const sheet = workbook.getWorksheet("summary")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = (name: string) => header.indexOf(name) + 1;
    const eh4 = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(at("Code")).value === "EH4-QL")!;
    // percentages are numbers with a percent format: 79% is 0.79
    expect(eh4.getCell(at("Apr 20")).value).toBeCloseTo(0.79);
    expect(eh4.getCell(at("Apr 20")).numFmt).toBe("0%");
    expect(eh4.getCell(at("England")).value).toBeCloseTo(0.81);
    expect(eh4.getCell(at("England year")).value).toMatch(/^\d{4}\/\d{2}$/);
    expect(eh4.getCell(at("Red")).value).toBe("<72.9%");
    expect(String(eh4.getCell(at("Commentary")).value).length).toBeGreaterThan(10);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(at("Indicator")).width).toBe(50);
    expect(sheet.getColumn(at("Indicator")).alignment).toMatchObject({ wrapText: true });

    // the values sheet imports back: every figure unchanged
    const values = workbook.getWorksheet("values")!;
    expect((values.getRow(1).values as unknown[]).slice(1)).toEqual(["indicator", "period", "value", "numerator", "denominator", "note"]);
    const again = await importFile({ db: handle.db, kind: "values", bytes: new Uint8Array(await reportWorkbook(report)), sheet: "values", file: "report.xlsx" });
    expect(again).toMatchObject({ ok: true, summary: { inserted: 0, updated: 0 } });
    expect((again as { summary: { unchanged: number } }).summary.unchanged).toBe(values.rowCount - 1);
  });
});
