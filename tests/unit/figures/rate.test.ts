import { describe, expect, it } from "vitest";
import { populationFor, populationYearFor, ratePer10kFor } from "@/lib/figures";

describe("rate per 10,000 children aged 0–17", () => {
  it("uses the population of the year the financial year starts", () => {
    expect(populationYearFor("2020-03")).toBe("2019");
    expect(populationYearFor("2020-04")).toBe("2020");
  });

  it("is the count over the population × 10,000", () => {
    // 286 referrals with a 0–17 population of 51,000 (mid-2020): 286 / 51000 × 10000 = 56.078431…
    const r = ratePer10kFor("rate_per_10k", 286, "2020-04", { "2019": 50_000, "2020": 51_000 });
    expect(r?.populationYear).toBe("2020");
    expect(r?.rate).toBeCloseTo(56.0784313725, 9);
    // March 2020 still uses mid-2019: 286 / 50000 × 10000 = 57.2
    expect(ratePer10kFor("rate_per_10k", 286, "2020-03", { "2019": 50_000, "2020": 51_000 })).toEqual({ rate: 57.2, populationYear: "2019" });
  });

  it("falls back to the latest earlier estimate, never a later one", () => {
    const population = { "2017": 48_000, "2018": 49_000, "2022": 53_000 };
    expect(populationFor(population, "2020-06")).toEqual({ year: "2018", population: 49_000 });
    expect(populationFor(population, "2016-06")).toBeNull();
  });

  it("reads keys written as financial years", () => {
    expect(populationFor({ "2019/20": 50_000 }, "2019-10")).toEqual({ year: "2019", population: 50_000 });
  });

  it("is null for other units, without a count, or without a population", () => {
    expect(ratePer10kFor("count", 286, "2020-04", { "2020": 51_000 })).toBeNull();
    expect(ratePer10kFor("rate_per_10k", null, "2020-04", { "2020": 51_000 })).toBeNull();
    expect(ratePer10kFor("rate_per_10k", 286, "2020-04", {})).toBeNull();
    expect(ratePer10kFor("rate_per_10k", 286, "2020-04", { "2020": 0 })).toBeNull();
  });
});
