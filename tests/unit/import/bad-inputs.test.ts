// Every bad input a council's file is known to have gives exactly the right
// file:row:column: reason, and nothing is handed on to be written.
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { contextWith, csv, messages } from "./support";

const ctx = contextWith(["M1", "M2"]);

describe("bad inputs councils' files are known to have", () => {
  it("unknown column: named, with a suggestion for a typo", () => {
    const text = csv("indicator,period,vaule,colour", "M1,2020-04,5,red");
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      'values.csv:1:1: missing required column "value"',
      'values.csv:1:3: unknown column "vaule" (did you mean "value"?)',
      'values.csv:1:4: unknown column "colour"',
    ]);
  });

  it("unknown indicator", () => {
    const text = csv("indicator,period,value", "M1,2020-04,5", "M9,2020-04,6", "m2,2020-04,7");
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      'values.csv:3:1: "M9" in column "indicator" is not a known indicator code',
      'values.csv:4:1: "m2" in column "indicator" is not a known indicator code (did you mean "M2"?)',
    ]);
  });

  it("bad period: wrong shape, month 13, month 00", () => {
    const text = csv("indicator,period,value", "M1,Apr-20,5", "M1,2020-13,5", "M1,2020-00,5", "M1,2020-4,5");
    const reason = 'in column "period" is not a month in the form YYYY-MM (e.g. 2020-04)';
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      `values.csv:2:2: "Apr-20" ${reason}`,
      `values.csv:3:2: "2020-13" ${reason}`,
      `values.csv:4:2: "2020-00" ${reason}`,
      `values.csv:5:2: "2020-4" ${reason}`,
    ]);
  });

  it("text in a number (and a thousands separator, refused with its own reason)", () => {
    const text = csv("indicator,period,value", "M1,2020-04,abc", "M2,2020-04,\"1,234\"", "M1,2020-05,12%");
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      'values.csv:2:3: "abc" in column "value" is not a number',
      'values.csv:3:3: "1,234" in column "value" is not a number: write it without commas, with a dot for decimals',
    ]);
  });

  it("duplicate row: reported on the second occurrence, naming the first", () => {
    const text = csv("indicator,period,value", "M1,2020-04,5", "M2,2020-04,6", "M1,2020-04,7");
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      'values.csv:4:1: duplicate row: indicator "M1", period "2020-04" already appears in row 2',
    ]);
  });

  it("unbalanced quotes: points at the line where the quote opened", () => {
    const text = csv("indicator,period,value,note", "M1,2020-04,5,ok", 'M1,2020-05,6,"late data', "M1,2020-06,7,", "M1,2020-07,8,");
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      'values.csv:3:4: unbalanced quotes: the quote opening the cell in column "note" is never closed',
    ]);
  });

  it("empty file (also whitespace only, also a lone byte order mark)", () => {
    for (const text of ["", "   \n\n", "\uFEFF"]) {
      expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual(["values.csv:1:1: file is empty"]);
    }
  });

  it("header only", () => {
    expect(messages(validateImport("values", "indicator,period,value\n", "values.csv", ctx))).toEqual([
      "values.csv:1:1: no data rows",
    ]);
    expect(messages(validateImport("values", "indicator,period,value\n\n,,\n", "values.csv", ctx))).toEqual([
      "values.csv:1:1: no data rows",
    ]);
  });

  it("one bad row after 5,000 good ones: exactly one error, on the right row", () => {
    // 20 indicators × 250 months from 2000-01 (periods stay before next month)
    const codes = Array.from({ length: 20 }, (_, i) => `C${i}`);
    const month = (m: number) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    const good = Array.from({ length: 5000 }, (_, i) => `${codes[i % 20]},${month(Math.floor(i / 20))},${i}`);
    // header is row 1, the good rows 2..5001, the bad one 5002
    const text = csv("indicator,period,value", ...good, "M2,2020-04,twelve");
    expect(messages(validateImport("values", text, "values.csv", contextWith([...codes, "M2"])))).toEqual([
      'values.csv:5002:3: "twelve" in column "value" is not a number',
    ]);
  });
});

describe("every error at once", () => {
  it("reports header, structure and cell errors of the whole file together, in file order", () => {
    const text = csv(
      "indicator,period,value,notes",
      "M1,2020-04,5,",
      "M1,2020-04",
      "M9,2020-13,x,",
      "M1,2020-04,7,",
    );
    expect(messages(validateImport("values", text, "values.csv", ctx))).toEqual([
      'values.csv:1:4: unknown column "notes" (did you mean "note"?)',
      "values.csv:3:1: row has 2 cells but the header has 4 columns",
      'values.csv:4:1: "M9" in column "indicator" is not a known indicator code',
      'values.csv:4:2: "2020-13" in column "period" is not a month in the form YYYY-MM (e.g. 2020-04)',
      'values.csv:4:3: "x" in column "value" is not a number',
      'values.csv:5:1: duplicate row: indicator "M1", period "2020-04" already appears in row 2',
    ]);
  });
});
