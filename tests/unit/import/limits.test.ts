// The import's bounds: periods from 1990-01 to next month, UTF-8 only (naming
// the row of the first bad byte), notes up to 2,000 characters, and at most
// 1,000 errors with a count of the rows left unchecked.
import { describe, expect, it } from "vitest";
import { formatImportError, validateImport } from "@/lib/import";
import { decodeCsvBytes, firstInvalidUtf8Byte } from "@/lib/import/decode";
import { latestAllowedPeriod } from "@/lib/import/limits";
import { contextWith, csv, messages, recordsOf } from "./support";

const ctx = { ...contextWith(["M1", "M2"]), latestPeriod: "2020-06" };

describe("periods", () => {
  it("refuses months before 1990-01 and after next month; takes both ends", () => {
    const text = csv("indicator,period,value", "M1,0000-01,1", "M1,1989-12,1", "M1,1990-01,1", "M1,2020-06,1", "M1,2020-07,1", "M2,2202-04,1");
    expect(messages(validateImport("values", text, "v.csv", ctx))).toEqual([
      'v.csv:2:2: "0000-01" in column "period" is before 1990-01, the earliest month Lantern takes',
      'v.csv:3:2: "1989-12" in column "period" is before 1990-01, the earliest month Lantern takes',
      'v.csv:6:2: "2020-07" in column "period" is after next month (2020-06): figures cannot be loaded for months to come',
      'v.csv:7:2: "2202-04" in column "period" is after next month (2020-06): figures cannot be loaded for months to come',
    ]);
  });

  it("holds commentary to the same months", () => {
    const text = csv("indicator,period,author,body,status", "M1,0000-01,a@b.example,Words,draft");
    expect(messages(validateImport("commentary", text, "c.csv", ctx))).toEqual([
      'c.csv:2:2: "0000-01" in column "period" is before 1990-01, the earliest month Lantern takes',
    ]);
  });

  it("next month is worked out in UTC, across a year end", () => {
    expect(latestAllowedPeriod(new Date("2026-12-31T23:59:59Z"))).toBe("2027-01");
    expect(latestAllowedPeriod(new Date("2020-04-01T00:00:00Z"))).toBe("2020-05");
  });
});

describe("UTF-8", () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it("reads UTF-8 with or without a byte order mark", () => {
    expect(decodeCsvBytes(enc("\uFEFFa,b\nc,d"), "f.csv")).toEqual({ ok: true, text: "a,b\nc,d" });
    expect(decodeCsvBytes(enc("note\nCafé"), "f.csv")).toEqual({ ok: true, text: "note\nCafé" });
  });

  it("refuses Windows-1252, naming the row of the first bad byte", () => {
    const bytes = new Uint8Array([...enc("indicator,period,value,note\r\nM1,2020-04,5,ok\r\nM1,2020-05,6,caf"), 0xe9, ...enc("\r\n")]);
    const result = decodeCsvBytes(bytes, "w.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(formatImportError(result.error)).toBe(
        'w.csv:3: byte 0xE9 (byte 63 of the file) is not UTF-8; the file may be in Windows-1252 or Latin-1: save it as "CSV UTF-8 (comma delimited)"',
      );
    }
  });

  it("finds overlong forms, surrogates, truncated sequences and stray continuation bytes", () => {
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8Byte(new Uint8Array([0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0x41]))).toBe(-1);
  });

  it("refuses UTF-16 files by name", () => {
    const result = decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), "u.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toContain("UTF-16");
  });
});

describe("notes", () => {
  it("takes 2,000 characters and refuses 2,001", () => {
    const ok = csv("indicator,period,value,note", `M1,2020-04,5,${"x".repeat(2000)}`);
    expect(recordsOf(validateImport("values", ok, "n.csv", ctx))[0].note).toHaveLength(2000);
    const long = csv("indicator,period,value,note", `M1,2020-04,5,${"x".repeat(2001)}`);
    expect(messages(validateImport("values", long, "n.csv", ctx))).toEqual([
      'n.csv:2:4: the cell in column "note" has 2,001 characters; at most 2,000 are allowed',
    ]);
  });
});

describe("the error cap", () => {
  // 100 indicators × 50 months: every row a distinct key with one bad cell
  const codes = Array.from({ length: 100 }, (_, i) => `C${i}`);
  const wide = { ...contextWith(codes), latestPeriod: "2020-06" };
  const month = (m: number) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;

  it("stops at 1,000 errors and says how many rows were not checked", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${codes[i % 100]},${month(Math.floor(i / 100))},x`);
    const result = messages(validateImport("values", csv("indicator,period,value", ...rows), "big.csv", wide));
    expect(result).toHaveLength(1001);
    expect(result[999]).toBe('big.csv:1001:3: "x" in column "value" is not a number');
    expect(result[1000]).toBe(
      "big.csv:1002: stopped after 1,000 errors: 4,000 more rows, from this one on, were not checked; fix the errors above and load the file again",
    );
  });

  it("counts rows with the wrong number of cells among the unchecked", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => (i % 2 ? "C1,2020-04" : `${codes[(i / 2) % 100]},${month(Math.floor(i / 200))},x`));
    const result = messages(validateImport("values", csv("indicator,period,value", ...rows), "b.csv", wide));
    expect(result).toHaveLength(1001);
    expect(result[998]).toBe('b.csv:1000:3: "x" in column "value" is not a number');
    expect(result[999]).toBe("b.csv:1001:1: row has 2 cells but the header has 3 columns");
    expect(result[1000]).toMatch(/^b\.csv:1002: stopped after 1,000 errors: 500 more rows, from this one on, were not checked/);
  });
});
