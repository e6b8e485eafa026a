import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";
import { scorecardTables, type ScorecardExportData } from "@/lib/export/scorecard-tables";
import { IMPORT_COLUMNS } from "@/lib/import/columns";
import { validateImport } from "@/lib/import/validate";

const data: ScorecardExportData = {
  indicators: [
    {
      code: "CP1",
      title: "=Rate of S47 enquiries",
      service: "cp",
      polarity: "low",
      unit: "percent",
      aggregation: "ratio",
      decimals: 1,
      frequency: "monthly",
      basis: "month",
      greenMin: null,
      greenMax: 20,
      amberMin: null,
      amberMax: 25,
      target: 18,
      outcome: null,
      definition: "-counted at month end",
      owner: "head.of.cp@lantern.example",
      reporter: null,
      councilPlan: true,
    },
  ],
  values: [
    { indicator: "CP1", period: "2020-03", value: 19.5, numerator: 39, denominator: 200, note: null },
    { indicator: "CP1", period: "2020-04", value: null, numerator: null, denominator: null, note: "not yet loaded" },
  ],
  outturns: [{ indicator: "CP1", year: "2019/20", value: -2.5 }],
  benchmarks: [{ indicator: "CP1", kind: "england", year: "2018/19", value: 21 }],
  commentary: [
    { indicator: "CP1", period: "2020-04", author: "r@lantern.example", body: "Fell again", status: "approved" },
    { indicator: "CP1", period: "2020-04", author: "r@lantern.example", body: "Back to you", status: "returned" },
  ],
};

describe("a scorecard as the import files", () => {
  const tables = scorecardTables(data);

  it("uses the import columns in import order for every file", () => {
    for (const [kind, table] of Object.entries(tables)) {
      expect(table.columns).toEqual(IMPORT_COLUMNS[kind as keyof typeof IMPORT_COLUMNS]);
    }
  });

  it("leaves out what the importer cannot take: a figure with no value or parts, workflow-only commentary", () => {
    expect(tables.values.rows).toHaveLength(1);
    expect(tables.commentary.rows.map((r) => r.status)).toEqual(["approved"]);
  });

  it("neutralises formula-like text but keeps negative numbers as numbers", () => {
    const csv = toCsv(tables.indicators);
    expect(csv).toContain(",'=Rate of S47 enquiries,");
    expect(csv).toContain(",'-counted at month end,");
    expect(csv).toContain(",yes,,,month,\r\n");
    expect(toCsv(tables.outturns)).toBe("indicator,year,value\r\nCP1,2019/20,-2.5\r\n");
  });

  it("writes files the import validator accepts", () => {
    const indicators = validateImport("indicators", toCsv(tables.indicators), "indicators.csv", { indicators: new Map() });
    expect(indicators.ok).toBe(true);
    const context = { indicators: new Map([["CP1", { aggregation: "ratio" as const, unit: "percent" as const }]]) };
    for (const kind of ["values", "outturns", "benchmarks", "commentary"] as const) {
      const result = validateImport(kind, toCsv(tables[kind]), `${kind}.csv`, context);
      expect(result.ok, kind).toBe(true);
    }
  });
});
