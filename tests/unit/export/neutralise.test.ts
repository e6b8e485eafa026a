import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { csvCell, toCsv } from "@/lib/export/csv";
import { isFormulaLike, neutraliseText } from "@/lib/export/neutralise";
import { numberText } from "@/lib/export/cells";
import { toXlsx } from "@/lib/export/xlsx";
import { parseCsv } from "@/lib/import/csv";

describe("formula neutralising", () => {
  it.each(["=1+1", "+44 20", "-cmd", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")'])("prefixes %j with a quote", (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
  });

  it.each(["M1", "2020-04", "head.of.mash@lantern.example", "", " =1", "'quoted"])("leaves %j alone", (text) => {
    expect(neutraliseText(text)).toBe(text);
  });

  it("never leaves a text cell that a spreadsheet would read as a formula", () => {
    fc.assert(fc.property(fc.string(), (text) => !isFormulaLike(neutraliseText(text))));
  });

  it("writes negative numbers as numbers, not neutralised text", () => {
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell("-3.5")).toBe("'-3.5");
  });
});

describe("CSV writing", () => {
  it("quotes commas, quotes and line breaks and reads back through the importer's parser", () => {
    const csv = toCsv({
      name: "commentary",
      columns: ["indicator", "period", "author", "body", "status"],
      rows: [{ indicator: "M1", period: "2020-04", author: "a@b.example", body: 'Said "no", then\nleft', status: "draft" }],
    });
    const parsed = parseCsv(csv, "c.csv");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows[0].cells).toEqual(["M1", "2020-04", "a@b.example", 'Said "no", then\nleft', "draft"]);
  });

  it("round-trips any text through the parser (after neutralising)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\r") && !s.includes("\0") && s.trim() === s && s.length > 0), (text) => {
        const parsed = parseCsv(toCsv({ name: "t", columns: ["indicator", "note"], rows: [{ indicator: "X", note: text }] }), "t.csv");
        return parsed.ok && parsed.rows[0].cells[1] === neutraliseText(text);
      }),
    );
  });

  it("never writes a number with an exponent", () => {
    expect(numberText(1e-7)).toBe("0.0000001");
    expect(numberText(58.34)).toBe("58.34");
    expect(numberText(Number.NaN)).toBe("");
  });
});

describe("XLSX writing", () => {
  it("writes a sheet per table, numbers as numbers and formula-like text neutralised", async () => {
    const buffer = await toXlsx(
      [
        { name: "values", columns: ["indicator", "period", "value", "note"], rows: [{ indicator: "M1", period: "2020-04", value: -2.5, note: "=cmd|' /C calc'!A0" }] },
        { name: "outturns", columns: ["indicator", "year", "value"], rows: [] },
      ],
      { title: "test" },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(["values", "outturns"]);
    const row = book.getWorksheet("values")!.getRow(2);
    expect(row.getCell(3).value).toBe(-2.5);
    expect(row.getCell(4).value).toBe("'=cmd|' /C calc'!A0");
    expect(row.getCell(4).formula).toBeUndefined();
  });
});
