// XLSX input (issue 10): the first visible sheet or a named one, hidden
// sheets skipped, merged and formula cells refused, dates in the period
// column read as their month, and files that are not workbooks (or would
// unpack to too much) refused before anything is inflated.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { deflateRawSync } from "node:zlib";
import { formatImportError, validateTable } from "@/lib/import";
import { detectKind } from "@/lib/import/detect";
import { readSource } from "@/lib/import/source";
import { readXlsx } from "@/lib/import/xlsx";
import { checkZipSizes } from "@/lib/import/zip-check";
import { contextWith } from "./support";

const ctx = { ...contextWith(["M1", "M2"]), latestPeriod: "2020-06" };

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function valuesSheet(wb: ExcelJS.Workbook, name = "Values", rows: unknown[][] = [["M1", "2020-04", 5]]) {
  const ws = wb.addWorksheet(name);
  ws.addRow(["Indicator", "Period", "Value"]);
  for (const r of rows) ws.addRow(r);
  return ws;
}

/** A one-entry zip file (local header, data, central directory, end record); CRC left 0. */
function zipOf(name: string, data: Uint8Array): Uint8Array {
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryOffset = 30 + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, packed, central, nameBytes, end]));
}

async function errorsOf(bytes: Uint8Array, sheet: string | null = null): Promise<string[]> {
  const read = await readXlsx(bytes, "v.xlsx", { sheet });
  if (!read.ok) return read.errors.map(formatImportError);
  const result = validateTable("values", read.table, "v.xlsx", ctx, read.rowErrors);
  return result.ok ? [] : result.errors.map(formatImportError);
}

describe("reading a workbook", () => {
  it("reads the first visible sheet, skipping hidden ones, with sheet row numbers", async () => {
    const bytes = await workbook((wb) => {
      const lists = wb.addWorksheet("Lists");
      lists.addRow(["not", "data"]);
      lists.state = "hidden";
      const ws = valuesSheet(wb, "May", [["M1", "2020-05", 1102], ["M2", "2020-05", "12.5%"]]);
      ws.insertRow(1, []); // a blank row above the header
    });
    const read = await readXlsx(bytes, "v.xlsx");
    expect(read).toMatchObject({ ok: true, sheet: "May", sheets: [{ name: "Lists", hidden: true }, { name: "May", hidden: false }] });
    if (!read.ok) return;
    expect(read.table.header).toEqual(["indicator", "period", "value"]);
    expect(read.table.headerLine).toBe(2);
    expect(read.table.rows).toEqual([
      { line: 3, cells: ["M1", "2020-05", "1102"] },
      { line: 4, cells: ["M2", "2020-05", "12.5%"] },
    ]);
  });

  it("reads a sheet by name, and refuses a hidden or missing one", async () => {
    const bytes = await workbook((wb) => {
      valuesSheet(wb, "April");
      valuesSheet(wb, "May", [["M1", "2020-05", 7]]);
      valuesSheet(wb, "Old").state = "hidden";
    });
    const may = await readXlsx(bytes, "v.xlsx", { sheet: "May" });
    expect(may.ok && may.table.rows[0].cells).toEqual(["M1", "2020-05", "7"]);
    expect(await errorsOf(bytes, "Old")).toEqual(['v.xlsx:1: sheet "Old" is hidden; unhide it in Excel or choose another sheet']);
    expect(await errorsOf(bytes, "June")).toEqual(['v.xlsx:1: the workbook has no sheet named "June"; its sheets are "April", "May", "Old"']);
  });

  it("refuses formula cells: formula — paste values", async () => {
    const bytes = await workbook((wb) => {
      const ws = valuesSheet(wb, "V", [["M1", "2020-04", 5]]);
      ws.addRow(["M2", "2020-04", { formula: "C2*2", result: 10 }]);
    });
    expect(await errorsOf(bytes)).toEqual([
      "v.xlsx:3:3: formula — paste values (the cell holds =C2*2; copy the column and paste it as values)",
    ]);
  });

  it("refuses merged cells, once per merge, at its top-left cell", async () => {
    const bytes = await workbook((wb) => {
      const ws = valuesSheet(wb, "V", [["M1", "2020-04", 5], ["M2", "2020-04", 6]]);
      ws.mergeCells("C2:C3");
    });
    expect(await errorsOf(bytes)).toEqual(["v.xlsx:2:3: merged cells (from C2): unmerge them so that every cell holds its own value"]);
  });

  it("reads dates and Excel serial numbers in the period column as their month", async () => {
    const bytes = await workbook((wb) => {
      valuesSheet(wb, "V", [
        ["M1", new Date(Date.UTC(2020, 3, 30)), 5],
        ["M2", 43952, 6], // 2020-05-01
        ["M1", 202005, 7], // not a date: judged as text
      ]);
    });
    const read = await readXlsx(bytes, "v.xlsx");
    expect(read.ok && read.table.rows.map((r) => r.cells[1])).toEqual(["2020-04", "2020-05", "202005"]);
    expect(await errorsOf(bytes)).toEqual(['v.xlsx:4:2: "202005" in column "period" is not a month in the form YYYY-MM (e.g. 2020-04)']);
  });

  it("writes numbers without exponents and reads error cells as errors", async () => {
    const bytes = await workbook((wb) => {
      valuesSheet(wb, "V", [["M1", "2020-04", 0.0000001], ["M2", "2020-04", { error: "#N/A" }]]);
    });
    const read = await readXlsx(bytes, "v.xlsx");
    expect(read.ok && read.table.rows[0].cells[2]).toBe("0.0000001");
    expect(read.ok && read.rowErrors.map(formatImportError)).toEqual(["v.xlsx:3:3: the cell shows the error #N/A; put a figure in it or leave it blank"]);
  });

  it("an empty sheet, a header-only sheet and a workbook of hidden sheets", async () => {
    expect(await errorsOf(await workbook((wb) => void wb.addWorksheet("Blank")))).toEqual(['v.xlsx:1: sheet "Blank" is empty']);
    expect(await errorsOf(await workbook((wb) => valuesSheet(wb, "V", [])))).toEqual(["v.xlsx:1: no data rows"]);
    const hidden = await workbook((wb) => void (valuesSheet(wb, "V").state = "hidden"));
    expect(await errorsOf(hidden)).toEqual(["v.xlsx:1: the workbook has no visible sheet"]);
  });
});

describe("files that are not workbooks", () => {
  it("a CSV file renamed .xlsx, an old .xls, a damaged zip", async () => {
    const csv = new TextEncoder().encode("indicator,period,value\nM1,2020-04,5\n");
    expect(await errorsOf(csv)).toEqual(["v.xlsx:1: file is named .xlsx but is text, not an Excel workbook (is it a CSV file? name it .csv)"]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await errorsOf(xls))[0]).toContain("old Excel 97-2003 workbook (.xls)");
    const good = await workbook((wb) => valuesSheet(wb));
    expect((await errorsOf(good.slice(0, good.length - 30)))[0]).toContain("the workbook is damaged");
  });

  it("a workbook named .csv", async () => {
    const read = await readSource(await workbook((wb) => valuesSheet(wb)), "v.csv");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0].reason).toContain("Excel workbook (or another zip file) named as CSV");
  });

  it("a zip bomb: refused from the sizes its directory declares, before inflating", async () => {
    // 60 MB of zeros deflates to about 60 kB
    const bomb = zipOf("xl/worksheets/sheet1.xml", new Uint8Array(60 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(checkZipSizes(bomb, 20 * 1024 * 1024)).toEqual({ ok: false, reason: "the workbook would unpack to more than 20 MB; split it into smaller files" });
    // A directory that declares 4 GB for an entry is refused at the default cap.
    const liar = await workbook((wb) => valuesSheet(wb));
    const view = new DataView(liar.buffer, liar.byteOffset, liar.byteLength);
    for (let i = 0; i < liar.length - 4; i += 1) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0xfffffff0, true);
        break;
      }
    }
    expect(await errorsOf(liar)).toEqual(["v.xlsx:1: the workbook would unpack to more than 200 MB; split it into smaller files"]);
  });
});

describe("recognising the kind from the header", () => {
  it("each kind by its columns, in any case and order", () => {
    expect(detectKind(["code", "title", "service", "polarity", "unit", "aggregation"])).toEqual({ ok: true, kind: "indicators" });
    expect(detectKind(["Period", "Indicator", "Value", "Note"])).toEqual({ ok: true, kind: "values" });
    expect(detectKind(["indicator", "period", "numerator", "denominator"])).toEqual({ ok: true, kind: "values" });
    expect(detectKind(["indicator", "year", "value"])).toEqual({ ok: true, kind: "outturns" });
    expect(detectKind(["indicator", "benchmark", "year", "value"])).toEqual({ ok: true, kind: "benchmarks" });
    expect(detectKind(["indicator", "period", "author", "body", "status"])).toEqual({ ok: true, kind: "commentary" });
  });

  it("says when it cannot tell", () => {
    const result = detectKind(["name", "figure"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain("cannot tell what kind of file this is");
  });
});
