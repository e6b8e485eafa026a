// A scorecard exported as CSV and as XLSX, loaded into an empty Lantern
// through the import path, gives the same figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { DbHandle } from "@/db/client";
import { numberText } from "@/lib/export/cells";
import { toCsv } from "@/lib/export/csv";
import { EXPORT_KINDS, scorecardTables, type ExportKind } from "@/lib/export/scorecard-tables";
import { toXlsx } from "@/lib/export/xlsx";
import { importFile } from "@/lib/import/apply";
import { formatImportError } from "@/lib/import/errors";
import { scorecardFor, type ScorecardDocument } from "@/lib/queries/scorecard";
import { scorecardExportData } from "@/lib/queries/scorecard-export";
import { createTestDb } from "../support/db";
import { createDemoDb } from "../support/demo";

let source: DbHandle;
beforeAll(async () => {
  source = await createDemoDb();
});
afterAll(() => source?.close());

const PERIOD = "2020-04";

/** The figures a board reads from a row: everything but database ids, display names and timestamps. */
function figuresOf(doc: ScorecardDocument) {
  return doc.rows.map((r) => ({
    code: r.code,
    title: r.title,
    service: r.service,
    polarity: r.polarity,
    unit: r.unit,
    aggregation: r.aggregation,
    decimals: r.decimals,
    frequency: r.frequency,
    bands: r.bands,
    councilPlan: r.councilPlan,
    owner: r.owner?.email ?? null,
    reporter: r.reporter?.email ?? null,
    value: r.value,
    previous: r.previous,
    changeFromPreviousPct: r.changeFromPreviousPct,
    changeFromLastYearPct: r.changeFromLastYearPct,
    direction: r.direction,
    judgement: r.judgement,
    rag: r.rag,
    ytd: r.ytd,
    average12: r.average12,
    max12: r.max12,
    outturns: r.outturns,
    benchmarks: r.benchmarks,
    benchmarkComparisons: r.benchmarkComparisons,
    target: r.target,
    distanceToTarget: r.distanceToTarget,
    series: r.series,
    spc: r.spc,
    commentary: r.commentary ? { status: r.commentary.status, body: r.commentary.body } : null,
  }));
}

async function loadInto(target: DbHandle, files: Record<ExportKind, string>) {
  for (const kind of EXPORT_KINDS) {
    // The importer refuses a file with no data rows, and nobody loads one: skip header-only files.
    if (files[kind].trim().split(/\r?\n/).length < 2) continue;
    const outcome = await importFile({ db: target.db, kind, text: files[kind], file: `${kind}.csv` });
    if (!outcome.ok) throw new Error(outcome.errors.map(formatImportError).join("\n"));
  }
}

/** Reads a sheet back the way a person saving it as CSV would: header and cells as text. */
function sheetAsCsv(sheet: ExcelJS.Worksheet): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines: string[] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      cells.push(value === null || value === undefined ? "" : typeof value === "number" ? numberText(value) : quote(String(value)));
    }
    lines.push(cells.join(","));
  });
  return `${lines.join("\n")}\n`;
}

describe("exporting the whole scorecard", () => {
  it("as CSV files re-imports into an empty database with the same figures", async () => {
    const tables = scorecardTables(await scorecardExportData({ db: source.db, period: PERIOD, service: null }));
    expect(tables.values.rows.length).toBeGreaterThan(300);
    const files = Object.fromEntries(EXPORT_KINDS.map((k) => [k, toCsv(tables[k])])) as Record<ExportKind, string>;
    const target = await createTestDb();
    try {
      await loadInto(target, files);
      const before = figuresOf(await scorecardFor({ db: source.db, period: PERIOD }));
      const after = figuresOf(await scorecardFor({ db: target.db, period: PERIOD }));
      // the dataset's 55 and the demo's six illustrative indicators (db/seed/demo/SOURCE.md)
      expect(after).toHaveLength(61);
      expect(after).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it("as an XLSX workbook (a sheet per file) re-imports with the same figures", async () => {
    const tables = scorecardTables(await scorecardExportData({ db: source.db, period: PERIOD, service: "front-door" }));
    const buffer = await toXlsx(EXPORT_KINDS.map((k) => tables[k]), { title: "front door" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([...EXPORT_KINDS]);
    const files = Object.fromEntries(EXPORT_KINDS.map((k) => [k, sheetAsCsv(book.getWorksheet(k)!)])) as Record<ExportKind, string>;
    const target = await createTestDb();
    try {
      await loadInto(target, files);
      const before = figuresOf(await scorecardFor({ db: source.db, period: PERIOD, service: "front-door" }));
      const after = figuresOf(await scorecardFor({ db: target.db, period: PERIOD, service: "front-door" }));
      expect(after).toHaveLength(9);
      expect(after).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it("exports the same files again unchanged after the round trip (nothing is added or lost)", async () => {
    const first = scorecardTables(await scorecardExportData({ db: source.db, period: PERIOD, service: "assessment" }));
    const target = await createTestDb();
    try {
      await loadInto(target, Object.fromEntries(EXPORT_KINDS.map((k) => [k, toCsv(first[k])])) as Record<ExportKind, string>);
      const second = scorecardTables(await scorecardExportData({ db: target.db, period: PERIOD, service: "assessment" }));
      for (const kind of EXPORT_KINDS) expect(toCsv(second[kind])).toBe(toCsv(first[kind]));
    } finally {
      await target.close();
    }
  });
});
