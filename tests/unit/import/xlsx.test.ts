// XLSX input: the first visible sheet or a named one, hidden
// sheets skipped, merged and formula cells refused, dates in the period
// column read as their month, and files that are not workbooks (or would
// unpack to too much) refused before anything is inflated.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { crc32, deflateRawSync } from "node:zlib";
import { formatImportError, validateTable } from "@/lib/import";
import { detectKind } from "@/lib/import/detect";
import { readSource } from "@/lib/import/source";
import { buildTemplate } from "@/lib/import/templates";
import { readXlsx } from "@/lib/import/xlsx";
import { openFastWorkbook } from "@/lib/import/xlsx-fast";
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
    const bomb = zipParts([["xl/worksheets/sheet1.xml", new Uint8Array(60 * 1024 * 1024)]]);
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

/** A zip of several parts (text or bytes), in the order given, with their CRCs. */
function zipParts(parts: [string, string | Uint8Array][]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === "string" ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook as Excel writes one: sheets before the shared strings in the zip, a date style, styled empty cells, spans, a hidden sheet first. */
function excelLikeWorkbook(sheetData: string, extra = ""): Uint8Array {
  const strings = ["Indicator", "Period", "Value", "M1", " M2 ", "2020-05", "line_x000D_break"];
  return zipParts([
    ["[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`],
    ["_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN}><dimension ref="A1:D6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${sheetData}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${extra}</worksheet>`],
    ["xl/worksheets/sheet2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`],
    ["xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${MAIN}><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Lists" sheetId="2" state="hidden" r:id="rId2"/><sheet name="May" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${RELS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${RELS}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ["xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`],
    ["xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${MAIN} count="${strings.length + 1}" uniqueCount="${strings.length + 1}">${strings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("")}<si><r><t>20</t></r><r><rPr><b/><sz val="11"/></rPr><t>20-04</t></r></si></sst>`],
  ]);
}

const EXCEL_ROWS = [
  '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
  '<row r="2" spans="1:4"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>43952</v></c><c r="C2" s="2"><v>0.125</v></c><c r="D2" s="2"/></row>',
  '<row r="3" spans="1:4"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>7</v></c><c r="C3" t="e"><v>#DIV/0!</v></c></row>',
  '<row r="5" spans="1:4" ht="20" customHeight="1"/>',
  '<row r="6" spans="1:4"><c r="A6" t="s"><v>3</v></c><c r="B6" t="s"><v>5</v></c><c r="C6"><v>1.5E-7</v></c><c r="D6" t="b"><v>1</v></c><c r="E6" t="s"><v>6</v></c></row>',
].join("");

/** The values template, filled in as the e2e test does. */
async function filledTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildTemplate("values", ["M1", "M2"])) as never);
  const ws = wb.getWorksheet("values")!;
  ws.getRow(2).values = ["M1", "2020-05", 1102];
  ws.getRow(3).values = ["M2", "2020-05", null, 972, 1666, "late data"];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function bothWays(bytes: Uint8Array, sheet: string | null = null) {
  const sizes = checkZipSizes(bytes);
  if (!sizes.ok) throw new Error(sizes.reason);
  const fast = await openFastWorkbook(bytes, sizes.parts);
  const chosen = fast?.sheets.find((s) => (sheet ? s.name === sheet : !s.hidden));
  const quick = fast !== null && chosen !== undefined && (await fast.readRows(chosen, () => {}));
  return { quick, read: await readXlsx(bytes, "v.xlsx", { sheet }), full: await readXlsx(bytes, "v.xlsx", { sheet, fullLoad: true }) };
}

describe("the quick path (only the parts needed) and exceljs's whole load agree", () => {
  it("plain workbooks, as exceljs and the templates write them, take the quick path", async () => {
    const books = [
      await workbook((wb) => {
        const ws = valuesSheet(wb, "V", [
          ["M1", new Date(Date.UTC(2020, 3, 30)), 5, "  Café & <co> \"q\"  "],
          ["M2", 43952, 0.0000001, true],
          [],
          ["M1", "2020-05", { error: "#N/A" }, { richText: [{ text: "a" }, { text: "b", font: { bold: true } }] }],
          ["M2", "2020-05", -0.5, false, "", " ", 1e22],
        ]);
        ws.getCell("C2").numFmt = "0.0%";
        ws.getCell("F9").value = new Date(Date.UTC(2021, 0, 2));
        ws.getCell("B10").numFmt = "mmm-yy";
        ws.getCell("B10").value = 43983;
        ws.getCell("A10").value = "M1";
        ws.getCell("E11").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      }),
      await workbook((wb) => {
        wb.properties.date1904 = true;
        valuesSheet(wb, "V", [["M2", 42491, 3], ["M2", new Date(Date.UTC(2020, 4, 1)), 3]]);
      }),
      await workbook((wb) => {
        const lists = wb.addWorksheet("L");
        lists.state = "veryHidden";
        lists.addRow([1]);
        valuesSheet(wb, "V");
      }),
      await workbook((wb) => void wb.addWorksheet("Blank")),
      await workbook((wb) => valuesSheet(wb, "V", [])),
      await filledTemplate(),
    ];
    for (const bytes of books) {
      const { quick, read, full } = await bothWays(bytes);
      expect(quick).toBe(true);
      expect(read).toEqual(full);
    }
  });

  it("a workbook as Excel writes one takes the quick path, with the same cells", async () => {
    const { quick, read, full } = await bothWays(excelLikeWorkbook(EXCEL_ROWS));
    expect(quick).toBe(true);
    expect(read).toEqual(full);
    expect(read).toMatchObject({ ok: true, sheet: "May", sheets: [{ name: "Lists", hidden: true }, { name: "May", hidden: false }] });
    if (!read.ok) return;
    expect(read.table.rows).toEqual([
      { line: 2, cells: ["M1", "2020-05", "0.125", "", ""] },
      { line: 6, cells: ["M1", "2020-05", "0.00000015", "yes", "line\rbreak"] },
    ]);
    expect(read.rowErrors.map(formatImportError)).toEqual(["v.xlsx:3:3: the cell shows the error #DIV/0!; put a figure in it or leave it blank"]);
    expect((await bothWays(excelLikeWorkbook(EXCEL_ROWS), "Lists")).read).toMatchObject({ ok: false });
  });

  it("merged cells, formulas, hyperlinks, inline strings and rows out of order go to the whole load", async () => {
    const cases = [
      excelLikeWorkbook(EXCEL_ROWS, '<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>'),
      excelLikeWorkbook(EXCEL_ROWS.replace("<v>1.5E-7</v>", "<f>C2*2</f><v>0.25</v>")),
      excelLikeWorkbook(EXCEL_ROWS.replace('<c r="C6"><v>1.5E-7</v></c>', '<c r="C6" t="inlineStr"><is><t>7</t></is></c>')),
      excelLikeWorkbook(EXCEL_ROWS.replace('<row r="6"', '<row r="1"').replace(/r="([A-E])6"/g, 'r="$11"')),
      await workbook((wb) => void (valuesSheet(wb, "V").getCell("A2").value = { text: "M1", hyperlink: "https://example.org" })),
    ];
    for (const bytes of cases) {
      const { quick, read, full } = await bothWays(bytes);
      expect(quick).toBe(false);
      expect(read).toEqual(full);
    }
    expect(await errorsOf(cases[0])).toContain("v.xlsx:2:3: merged cells (from C2): unmerge them so that every cell holds its own value");
    expect(await errorsOf(cases[1])).toContain("v.xlsx:6:3: formula — paste values (the cell holds =C2*2; copy the column and paste it as values)");
  });
});
