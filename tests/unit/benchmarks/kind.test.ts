import { describe, expect, it } from "vitest";
import { comparable, defaultBasis, describeKind, unlikeReason } from "@/lib/benchmarks/kind";
import { measureKind, publishedRateColumn } from "@/lib/benchmarks/measure-kind";

describe("like with like", () => {
  it("refuses a monthly count against a yearly rate, saying why and what to compare instead", () => {
    expect(unlikeReason({ code: "M2", unit: "count", basis: "month" }, { unit: "rate_per_10k", basis: "year" })).toBe(
      "M2 is a monthly count; the DfE figure is a rate per 10,000 for a year: compare a rolling 12-month rate indicator instead",
    );
    expect(unlikeReason({ code: "M2", unit: "count", basis: "month" }, { unit: "count", basis: "year" })).toBe(
      "M2 is a monthly count; the DfE figure is a count for a year: compare a rolling 12-month count indicator instead",
    );
    expect(unlikeReason({ code: "LAC1", unit: "count", basis: "snapshot" }, { unit: "rate_per_10k", basis: "snapshot" })).toMatch(
      /^LAC1 is a count at a date; the DfE figure is a rate per 10,000 at a date: /,
    );
  });

  it("compares a rolling 12-month count with a year's, a snapshot with a snapshot", () => {
    expect(comparable({ unit: "count", basis: "rolling_12_months" }, { unit: "count", basis: "year" })).toBe(true);
    expect(comparable({ unit: "rate_per_10k", basis: "snapshot" }, { unit: "rate_per_10k", basis: "snapshot" })).toBe(true);
    expect(comparable({ unit: "rate_per_10k", basis: "snapshot" }, { unit: "rate_per_10k", basis: "year" })).toBe(false);
    expect(comparable({ unit: "count", basis: "ytd" }, { unit: "count", basis: "year" })).toBe(false);
  });

  it("compares percentages whatever the span, never a percentage with a count", () => {
    expect(comparable({ unit: "percent", basis: "month" }, { unit: "percent", basis: "year" })).toBe(true);
    expect(comparable({ unit: "percent", basis: "month" }, { unit: "count", basis: "month" })).toBe(false);
    expect(unlikeReason({ code: "M6-QL", unit: "percent", basis: "month" }, { unit: "percent", basis: "year" })).toBeNull();
  });

  it("describes each kind in words", () => {
    expect(describeKind({ unit: "count", basis: "rolling_12_months" })).toBe("a rolling 12-month count");
    expect(describeKind({ unit: "percent", basis: "ytd" })).toBe("a year-to-date percentage");
    expect(describeKind({ unit: "rate_per_10k", basis: "snapshot" })).toBe("a rate per 10,000 at a date");
  });

  it("gives existing indicators a basis from frequency and aggregation", () => {
    expect(defaultBasis({ frequency: "monthly", aggregation: "sum", unit: "count" })).toBe("month");
    expect(defaultBasis({ frequency: "monthly", aggregation: "point", unit: "count" })).toBe("snapshot");
    expect(defaultBasis({ frequency: "monthly", aggregation: "point", unit: "percent" })).toBe("month");
    expect(defaultBasis({ frequency: "annual", aggregation: "sum", unit: "count" })).toBe("year");
  });
});

describe("what a DfE measure is", () => {
  it("reads the unit and basis from the column, filters and time identifier", () => {
    expect(measureKind({ measure: "referral_count", where: {}, per10k: false, timeIdentifier: "Reporting year" })).toEqual({ unit: "count", basis: "year" });
    expect(measureKind({ measure: "referral_count", where: {}, per10k: true, timeIdentifier: "Reporting year" })).toEqual({ unit: "rate_per_10k", basis: "year" });
    expect(measureKind({ measure: "rereferral_percent", where: {}, per10k: false, timeIdentifier: "Reporting year" })).toEqual({ unit: "percent", basis: "year" });
    expect(
      measureKind({ measure: "rate_per_10000", where: { population_type: "Children looked after on 31 March each year" }, per10k: false, timeIdentifier: "Reporting year" }),
    ).toEqual({ unit: "rate_per_10k", basis: "snapshot" });
    expect(measureKind({ measure: "At31_episodes", where: {}, per10k: false, timeIdentifier: "Reporting year" })).toEqual({ unit: "count", basis: "snapshot" });
  });

  it("finds a rate the file publishes", () => {
    expect(publishedRateColumn(["time_period", "children_count", "rate_per_10000"])).toBe("rate_per_10000");
    expect(publishedRateColumn(["time_period", "referral_count", "rereferral_percent"])).toBeNull();
  });
});
