import { describe, expect, it } from "vitest";
import { readCell } from "@/lib/benchmarks/symbols";
import { yearLabel, populationYearFor } from "@/lib/benchmarks/years";

describe("DfE symbols are never numbers", () => {
  it.each(["c", "z", "x", ":", "low", "k", "u", "LOW", " c "])("%j is a missing figure with its reason", (cell) => {
    const read = readCell(cell);
    expect(read.kind).toBe("missing");
    expect(read).toEqual({ kind: "missing", reason: cell.trim().toLowerCase() });
  });

  it("an empty cell is missing too, not zero", () => {
    expect(readCell("")).toEqual({ kind: "missing", reason: "blank" });
  });

  it("numbers are read as numbers, 0 included", () => {
    expect(readCell("22.6")).toEqual({ kind: "number", value: 22.6 });
    expect(readCell("0")).toEqual({ kind: "number", value: 0 });
    expect(readCell("-1.5")).toEqual({ kind: "number", value: -1.5 });
    expect(readCell("12,183,016")).toEqual({ kind: "number", value: 12183016 });
  });

  it("text that is neither is invalid", () => {
    expect(readCell("Birmingham").kind).toBe("invalid");
    expect(readCell("12a").kind).toBe("invalid");
  });
});

describe("EES years", () => {
  it("a reporting year is the year to 31 March: 2025 → 2024/25, rates on the mid-2024 population", () => {
    expect(yearLabel("2025", "Reporting year")).toBe("2024/25");
    expect(yearLabel("2000", "Reporting year")).toBe("1999/00");
    expect(populationYearFor("2025", "Reporting year")).toBe(2024);
  });

  it("six-digit financial and academic years, and calendar years", () => {
    expect(yearLabel("202324", "Financial year")).toBe("2023/24");
    expect(yearLabel("202324", "Academic year")).toBe("2023/24");
    expect(yearLabel("2024", "Calendar year")).toBe("2024");
    expect(populationYearFor("2024", "Calendar year")).toBe(2024);
  });
});
