// Size: a valid 50,000-row file validates whole (timing lives in bench/, not here).
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { contextWith, recordsOf } from "./support";

describe("a 50,000-row values file", () => {
  it("validates whole, every row a record", () => {
    const codes = Array.from({ length: 500 }, (_, i) => `IND${i}`);
    const ctx = contextWith(Object.fromEntries(codes.map((code, i) => [code, i % 2 ? { unit: "percent" as const } : {}])));
    const lines = ["indicator,period,value,numerator,denominator,note"];
    for (const code of codes) {
      for (let m = 0; m < 100; m += 1) {
        const period = `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
        lines.push(m % 3 === 0 ? `${code},${period},,${m},${m + 10},"revised, late entry"` : `${code},${period},${m}.5,,,`);
      }
    }
    const text = `${lines.join("\r\n")}\r\n`;

    const records = recordsOf(validateImport("values", text, "values.csv", ctx));

    expect(records).toHaveLength(50_000);
    expect(records.at(-1)).toMatchObject({ row: 50_001, indicator: "IND499", period: "2023-04" });
    expect(records[1]).toMatchObject({ row: 3, value: 1.5, note: null });
    expect(records[100]).toMatchObject({ indicator: "IND1", value: 0, numerator: 0, denominator: 10, note: "revised, late entry" });
  });
});
