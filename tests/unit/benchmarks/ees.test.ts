import { describe, expect, it } from "vitest";
import { describeEesFile, readEesFile } from "@/lib/benchmarks/ees";
import { readyMapping } from "@/lib/benchmarks/mappings";
import { readPopulationFile } from "@/lib/benchmarks/population";
import { FILES, errorsOf, ok, reference } from "./support";

const rereferrals = { measure: "rereferral_percent", where: {}, per10k: false };

describe("reading an EES file through a mapping", () => {
  it("keeps national, regional and local-authority rows, one per area and year", () => {
    const read = ok(readEesFile(reference(FILES.rereferrals), FILES.rereferrals, rereferrals));
    expect(read.years).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(read.timeIdentifier).toBe("Reporting year");
    const in2024 = read.figures.filter((f) => f.year === "2024");
    expect(in2024.filter((f) => f.level === "national")).toHaveLength(1);
    expect(in2024.filter((f) => f.level === "regional")).toHaveLength(11);
    expect(in2024.filter((f) => f.level === "local_authority")).toHaveLength(153);
    expect(in2024.find((f) => f.code === "893")).toMatchObject({ name: "Shropshire", newCode: "E06000051", regionCode: "E12000005", value: 12.7 });
  });

  it("reads DfE symbols as missing figures with their symbol, never as zero", () => {
    const read = ok(readEesFile(reference(FILES.rereferrals), FILES.rereferrals, rereferrals));
    const at = (year: string, code: string) => read.figures.find((f) => f.year === year && f.level === "local_authority" && f.code === code);
    expect(at("2024", "884")).toMatchObject({ value: null, missing: "u" });
    expect(at("2024", "201")).toMatchObject({ value: null, missing: "c" });
    expect(at("2022", "204")).toMatchObject({ value: null, missing: "x" });
    // Cumbria (909) is absent from 2024: no row, not a zero
    expect(at("2024", "909")).toBeUndefined();
    expect(at("2023", "909")?.value).toEqual(expect.any(Number));
  });

  it("applies filter values (ignoring case), as the ready-made mappings do", () => {
    const mapping = readyMapping("care-leavers-eet-19-21")!;
    const read = ok(readEesFile(reference(FILES.activity), FILES.activity, mapping));
    const england2025 = read.figures.find((f) => f.year === "2025" && f.level === "national");
    expect(england2025).toBeDefined();
    expect(read.figures.filter((f) => f.year === "2025" && f.level === "local_authority")).toHaveLength(155);
    const upper = ok(readEesFile(reference(FILES.activity), FILES.activity, { ...mapping, where: { BREAKDOWN: "TOTAL in education, employment or training", care_leaver_age: "19 to 21 years" } }));
    expect(upper.figures).toHaveLength(read.figures.length);
  });

  it("every ready-made mapping reads its reference file", () => {
    for (const name of ["cla-rate-per-10k", "cin-rate-per-10k", "rereferrals-12-months", "cpp-second-or-subsequent", "care-leavers-suitable-accommodation-19-21", "placement-stability-3-plus-placements", "placement-stability-long-term", "sw-caseload", "sw-agency-rate"]) {
      const mapping = readyMapping(name)!;
      const read = ok(readEesFile(reference(mapping.file), mapping.file, mapping));
      expect(read.figures.some((f) => f.level === "local_authority" && f.value !== null), name).toBe(true);
    }
  });

  it("reads the ONS 0–17 population file", () => {
    const read = ok(readPopulationFile(reference(FILES.population), FILES.population));
    const birmingham = read.figures.find((f) => f.year === "2024" && f.code === "330");
    expect(birmingham?.value).toBe(292859);
    expect(read.figures.find((f) => f.year === "2024" && f.level === "national")?.value).toBe(12183016);
    // Bournemouth, Dorset and Poole before 2019: "x", not zero
    expect(read.figures.find((f) => f.year === "2015" && f.code === "835")).toMatchObject({ value: null, missing: "x" });
  });

  it("lists the measure and filter columns a file offers", () => {
    const described = describeEesFile(reference(FILES.cla), FILES.cla);
    if (!described.ok) throw new Error("expected success");
    expect(described.columns.map((c) => c.name)).toEqual(["population_type", "population_estimate", "children_count", "rate_per_10000"]);
    expect(described.columns[0].values).toHaveLength(3);
    expect(described.columns[3].values).toBeNull();
  });
});

describe("bad files get clear errors", () => {
  const header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,rate";

  it("a file with no local-authority rows", () => {
    const text = `${header}\n2025,Reporting year,National,E92000001,England,,,,,,All,12\n2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,All,11\n`;
    expect(errorsOf(readEesFile(text, "national.csv", { measure: "rate", where: {}, per10k: false }))).toEqual([
      'national.csv:1:3: the file has no local-authority rows (geographic_level "Local authority"): benchmarks need every authority\'s figure',
    ]);
  });

  it("a missing measure column names the columns there are", () => {
    expect(errorsOf(readEesFile(reference(FILES.rereferrals), "c1.csv", { measure: "rereferal_percent", where: {}, per10k: false }))[0]).toMatch(
      /^c1\.csv:1:1: the measure column "rereferal_percent" is not in the file; its columns are "category", "referral_count", "rereferral_count", "rereferral_percent"/,
    );
  });

  it("a mapping to a column that is not numeric", () => {
    const errors = errorsOf(readEesFile(reference(FILES.rereferrals), "c1.csv", { measure: "category", where: {}, per10k: false }));
    expect(errors[0]).toBe('c1.csv:2:11: "Referrals and Re-referrals" in column "category" is neither a number nor a DfE symbol (c, z, x, :, low, k, u): map a numeric measure column');
    expect(errors.at(-1)).toMatch(/… and \d+ more errors like these$/);
  });

  it("a filter column or value the file does not have", () => {
    const mapping = readyMapping("cla-rate-per-10k")!;
    expect(errorsOf(readEesFile(reference(FILES.cla), "cla.csv", { ...mapping, where: { population: "x" } }))[0]).toMatch(/the filter column "population" is not in the file/);
    expect(errorsOf(readEesFile(reference(FILES.cla), "cla.csv", { ...mapping, where: { population_type: "Children in care" } }))[0]).toMatch(
      /^cla\.csv:1:11: no row has population_type = "Children in care"; its values are "Children ceasing to be looked after each year"/,
    );
  });

  it("a missing filter (two rows per area and year) names the columns to filter on", () => {
    const errors = errorsOf(readEesFile(reference(FILES.activity), "activity.csv", { measure: "care_leaver_percent", where: {}, per10k: false }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/rows repeat an area and year already given on row 2: add a filter for "care_leaver_age" and "breakdown"/);
  });

  it("a file that is not an EES data file", () => {
    expect(errorsOf(readEesFile("a,b\n1,2\n", "other.csv", rereferrals))[0]).toBe(
      'other.csv:1:1: not an EES data file: it has no "time_period", "time_identifier", "geographic_level" columns',
    );
  });
});
