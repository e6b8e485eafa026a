// The XLSX templates: headers in export order, drop-downs on coded columns,
// notes on every column, and a filled-in template validates as it is.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, IMPORT_KINDS, validateTable } from "@/lib/import";
import { readSource } from "@/lib/import/source";
import { buildTemplate } from "@/lib/import/templates";
import { contextWith } from "./support";

async function open(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  return wb;
}

describe("templates", () => {
  it.each(IMPORT_KINDS)("%s: headers, notes for every column, an example row", async (kind) => {
    const wb = await open(await buildTemplate(kind, ["M1", "M2"]));
    const data = wb.getWorksheet(kind)!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([...IMPORT_COLUMNS[kind]]);
    const notes = wb.getWorksheet("notes")!;
    const described = new Map<string, string>();
    notes.eachRow((row, n) => {
      if (n > 1 && n <= IMPORT_COLUMNS[kind].length + 1) described.set(String(row.getCell(1).value), String(row.getCell(3).value));
    });
    for (const column of IMPORT_COLUMNS[kind]) expect(described.get(column), column).toMatch(/\w/);
    expect(wb.getWorksheet("lists")?.state ?? "hidden").toBe("hidden");
  });

  it("drop-downs on the coded columns, and the indicator codes from the catalogue", async () => {
    const wb = await open(await buildTemplate("indicators"));
    const ws = wb.getWorksheet("indicators")!;
    expect(ws.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"front-door,assessment,s47,cin,cp,lac,placements,fostering,adoption,care-leavers,early-help,workforce"'] });
    expect(ws.getCell("D500").dataValidation).toMatchObject({ type: "list", formulae: ['"high,low,range,info"'] });
    expect(ws.getCell("E2").dataValidation?.formulae).toEqual(['"count,percent,rate_per_10k,days,number,ratio"']);
    expect(ws.getCell("F2").dataValidation?.formulae).toEqual(['"sum,ratio,point,mean"']);
    expect(ws.getCell("H2").dataValidation?.formulae).toEqual(['"monthly,quarterly,termly,annual"']);
    const bench = (await open(await buildTemplate("benchmarks", ["M1", "M2", "M3"]))).getWorksheet("benchmarks")!;
    expect(bench.getCell("A2").dataValidation?.formulae).toEqual(["lists!$A$1:$A$3"]);
    expect(bench.getCell("B2").dataValidation?.formulae).toEqual(['"sn_average,sn_best,england,england_top_quartile,region"']);
  });

  it("a filled-in values template validates as it is", async () => {
    const wb = await open(await buildTemplate("values", ["M1", "M2"]));
    const ws = wb.getWorksheet("values")!;
    ws.getRow(2).values = ["M1", "2020-05", 1102];
    ws.getRow(3).values = ["M2", "2020-05", null, 972, 1666, "late data"];
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readSource(bytes, "lantern-values-template.xlsx");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheet).toBe("values");
    const result = validateTable("values", read.table, "t.xlsx", { ...contextWith({ M1: {}, M2: { unit: "percent" } }), latestPeriod: "2020-06" }, read.rowErrors);
    expect(result.ok && result.records.map((r) => [r.indicator, r.period, Math.round(r.value * 10) / 10, r.note])).toEqual([
      ["M1", "2020-05", 1102, null],
      ["M2", "2020-05", 58.3, "late data"],
    ]);
  });

  it("a values template comes made out: a row per loaded indicator with the month to load, completed by a value", async () => {
    const wb = await open(await buildTemplate("values", ["M1", "M2"], undefined, [{ indicator: "M1", period: "2020-09" }, { indicator: "M2", period: "2020-09" }]));
    const ws = wb.getWorksheet("values")!;
    expect([ws.getCell("A2").value, ws.getCell("B2").value, ws.getCell("A3").value, ws.getCell("B3").value]).toEqual(["M1", "2020-09", "M2", "2020-09"]);
    expect(ws.getCell("C2").value).toBeNull();
    ws.getCell("C2").value = 1102;
    ws.getCell("C3").value = 1200;
    const read = await readSource(new Uint8Array(await wb.xlsx.writeBuffer()), "lantern-values-template.xlsx");
    if (!read.ok) throw new Error("unread");
    const result = validateTable("values", read.table, "t.xlsx", { ...contextWith({ M1: {}, M2: {} }), latestPeriod: "2020-10" }, read.rowErrors);
    expect(result.ok && result.records.map((r) => [r.indicator, r.period, r.value])).toEqual([
      ["M1", "2020-09", 1102],
      ["M2", "2020-09", 1200],
    ]);
  });
});
