// The scorecard's XLSX export is readable in Excel as it opens: bold frozen
// header with filters, columns as wide as their content, a percentage shown
// as one while the cell keeps the figure the import reads.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { figureFormat, toXlsx } from "@/lib/export/xlsx";
import type { ExportTable } from "@/lib/export/cells";

const values: ExportTable = {
  name: "values",
  columns: ["indicator", "period", "value", "numerator", "denominator", "note"],
  rows: [
    { indicator: "EH4-QL", period: "2020-04", value: 24.25925925925926, numerator: 262, denominator: 1080, note: "A note long enough to need a wide column in any spreadsheet, and then some more words to wrap" },
    { indicator: "CP1", period: "2020-04", value: 1147, numerator: null, denominator: null, note: null },
  ],
  units: [{ value: { unit: "percent", decimals: 1 } }, { value: { unit: "count", decimals: 0 } }],
};

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.getWorksheet("values")!;
}

describe("the XLSX export", () => {
  it("has a bold, frozen header row with filters", async () => {
    const sheet = await readBack(await toXlsx([values], { title: "t" }));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("sizes columns to their content and wraps long text", async () => {
    const sheet = await readBack(await toXlsx([values], { title: "t" }));
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(sheet.getColumn(6).width).toBe(50);
    expect(sheet.getColumn(6).alignment?.wrapText).toBe(true);
  });

  it("shows a percentage as one, keeping the figure the import reads", async () => {
    const sheet = await readBack(await toXlsx([values], { title: "t" }));
    expect(sheet.getCell("C2").value).toBe(24.25925925925926);
    expect(sheet.getCell("C2").numFmt).toBe('0.0"%"');
    expect(sheet.getCell("C3").numFmt).toBe("#,##0");
    expect(figureFormat({ unit: "percent", decimals: 0 })).toBe('0"%"');
  });
});
