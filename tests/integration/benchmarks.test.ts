// Benchmarks from the DfE's files on a real database (PGlite, and PostgreSQL
// with LANTERN_TEST_DB=postgres): the steps the CLI and /admin/benchmarks run,
// with what they write, supersede, refuse and compute.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import {
  auditEvents,
  authorities,
  authorityPopulations,
  benchmarkFigures,
  benchmarkReleases,
  benchmarkResults,
  benchmarks,
  indicators,
  outturns,
  snModels,
} from "@/db/schema";
import { importModel, setAuthority } from "@/lib/actions/benchmarks/model";
import { importMeasure, importPopulation, runStep } from "@/lib/actions/benchmarks/store";
import { ActionRefusal } from "@/lib/actions/result";
import { benchmarkFor, showDocument } from "@/lib/queries/benchmark-show";
import { bottomQuartileIndicators } from "@/lib/queries/benchmarks";
import { howWeCompare } from "@/lib/queries/how-we-compare";
import { scorecardFor } from "@/lib/queries/scorecard";
import { M6_SHROPSHIRE_2024 } from "../support/benchmarks";
import { withDemoDb } from "../support/demo";

const DFE = path.resolve(import.meta.dirname, "../fixtures/dfe");
const file = (name: string) => ({ text: readFileSync(path.join(DFE, name), "utf8"), fileName: name });
const C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
// Shropshire's re-referrals in 2019/20 are in the bottom quartile when higher is better
const APRIL_2020_MARKS = { "M8-QL": "2019/20" };

const { handle } = withDemoDb();

const run = <T>(step: Parameters<typeof runStep<T>>[2]) => runStep(handle.db, null, step);

async function refusal(promise: Promise<unknown>): Promise<{ message: string; errors: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ActionRefusal) return { message: error.message, errors: (error.details as { errors: string[] }).errors };
    throw error;
  }
  throw new Error("expected a refusal");
}

const count = async (table: typeof snModels | typeof benchmarkReleases | typeof benchmarkFigures | typeof auditEvents) =>
  (await handle.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

describe("setting up the authority from a model", () => {
  it("imports both model shapes, then fills in the authority: name, codes, region, named neighbours", async () => {
    await run((tx) => importModel(tx, file("New_Statistical_Neighbour_Groupings_April_2021.csv"), null));
    await run((tx) => importModel(tx, file("sn_model_2025_wide.csv"), null));
    const set = await run((tx) => setAuthority(tx, { laCode: "893", model: "2021" }, null));
    expect(set.name).toBe("Shropshire");
    expect(set.neighbours.map((n) => n.code)).toEqual(["878", "884", "838", "865", "933", "916", "935", "885", "908", "909"]);
    expect(set.neighbours[9]).toMatchObject({ name: "Cumbria", closeness: expect.any(String) });
    const [authority] = await handle.db.select().from(authorities);
    expect(authority).toMatchObject({ name: "Shropshire", laCode: "893" });
    expect(authority.statisticalNeighbours).toHaveLength(10);
  });

  it("refuses a model file whose neighbour is not an authority, writing nothing", async () => {
    const before = [await count(snModels), await count(auditEvents)];
    const bad = file("sn_model_2025_wide.csv");
    bad.text = bad.text.replace("302,Barnet,3,London,320,", "302,Barnet,3,London,999,");
    bad.fileName = "sn_model_2030.csv";
    const { message, errors } = await refusal(run((tx) => importModel(tx, bad, null)));
    expect(errors).toEqual(['sn_model_2030.csv:3:5: neighbour "999" of 302 Barnet is not an authority of this model']);
    expect(message).toBe("1 error in sn_model_2030.csv: nothing was loaded.");
    expect([await count(snModels), await count(auditEvents)]).toEqual(before);
  });

  it("refuses an unknown LA code and an unknown model", async () => {
    expect((await refusal(run((tx) => setAuthority(tx, { laCode: "999", model: "2021" }, null)))).message).toMatch(/^--la-code: "999" is not an authority of model 2021/);
    expect((await refusal(run((tx) => setAuthority(tx, { laCode: "893", model: "2019" }, null)))).message).toMatch(/no statistical-neighbour model called "2019".*imported: 2021, 2025/);
  });
});

describe("populations, releases and computed benchmarks", () => {
  it("imports the 0–17 populations and gives the authority its own, by year", async () => {
    await run((tx) => importPopulation(tx, file("ons_mid-year_population_estimates_2012_to_2024.csv"), null));
    const rows = await handle.db.select().from(authorityPopulations).where(eq(authorityPopulations.year, 2024));
    expect(rows.map((r) => r.population)).toEqual([Number(readFileSync(path.join(DFE, "ons_mid-year_population_estimates_2012_to_2024.csv"), "utf8").match(/\n2024,[^\n]*,893,E06000051,Shropshire,[^,]*,(\d+)/)![1])]);
  });

  it("imports an EES file for an indicator and computes the hand-worked 2024 figures", async () => {
    const r = await run((tx) => importMeasure(tx, { ...file(C1), indicator: "M6-QL", mapping: "rereferrals-12-months" }, null));
    expect(r).toMatchObject({ indicator: "M6-QL", mapping: "rereferrals-12-months", recomputed: 13, supersedes: null });
    const { found } = await benchmarkFor({ db: handle.db, code: "M6-QL", year: "2024" });
    expect(showDocument(found!)).toEqual({
      ...M6_SHROPSHIRE_2024,
      snLeftOut: [
        { code: "884", name: "Herefordshire", symbol: "u", reason: "low reliability (u)" },
        { code: "909", name: "Cumbria", symbol: null, reason: expect.stringMatching(/^not in this year's data/) },
      ],
      nationalLeftOut: [
        expect.objectContaining({ code: "201", symbol: "c" }),
        expect.objectContaining({ code: "420", symbol: "c" }),
        expect.objectContaining({ code: "850", symbol: "u" }),
        expect.objectContaining({ code: "884", symbol: "u" }),
      ],
    });
  });

  it("puts the comparators where the scorecard reads them, with year and source", async () => {
    const [m6] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "M6-QL"));
    const rows = await handle.db.select().from(benchmarks).where(and(eq(benchmarks.indicatorId, m6.id), eq(benchmarks.year, "2023/24")));
    expect(Object.fromEntries(rows.map((b) => [b.kind, b.value]))).toEqual({ sn_average: 20.61, sn_best: 14.1, england: 22.4, england_top_quartile: 17.7, region: 20.7 });
    expect(rows[0].source).toBe(`DfE ${C1}, SN model 2021`);
    expect(rows[0]).toMatchObject({ unit: "percent", basis: "year", periodEnd: "2024-03" });
    // April 2020 is compared with 2019/20, the latest year ended by then, never 2024/25
    const doc = await scorecardFor({ db: handle.db, period: "2020-04", service: "front-door" });
    const m6row = doc.rows.find((row) => row.code === "M6-QL")!;
    expect(new Set(m6row.benchmarkComparisons.map((b) => b.year))).toEqual(new Set(["2019/20"]));
    // the comparators carry their year and source
    expect(m6row.benchmarkComparisons.find((b) => b.kind === "england")).toMatchObject({ year: "2019/20", source: `DfE ${C1}, SN model 2021` });
    // March 2020 is the last month of 2019/20; February 2020 is compared with 2018/19
    const feb = await scorecardFor({ db: handle.db, period: "2020-02", service: "front-door" });
    expect(new Set(feb.rows.find((row) => row.code === "M6-QL")!.benchmarkComparisons.map((b) => b.year))).toEqual(new Set(["2018/19"]));
  });

  it("a newer release supersedes the old one, which is kept as history", async () => {
    const newer = file(C1);
    newer.text = newer.text.replace(/\n2024,Reporting year,Local authority,([^\n]*),893,E06000051,Shropshire,Referrals and Re-referrals,(\d+),(\d+),12\.7,/, "\n2024,Reporting year,Local authority,$1,893,E06000051,Shropshire,Referrals and Re-referrals,$2,$3,13.9,");
    expect(newer.text).not.toBe(file(C1).text);
    const r = await run((tx) => importMeasure(tx, { ...newer, indicator: "M6-QL", mapping: "rereferrals-12-months" }, null));
    expect(r.supersedes).toEqual(expect.any(Number));
    const releases = await handle.db.select().from(benchmarkReleases).where(eq(benchmarkReleases.kind, "measure"));
    expect(releases).toHaveLength(2);
    const old = releases.find((x) => x.id === r.supersedes)!;
    expect(old.supersededAt).not.toBeNull();
    expect(old.supersededBy).toBe(releases.find((x) => x.id !== r.supersedes)!.id);
    // the old release's figures are still there
    const oldShropshire = await handle.db.select().from(benchmarkFigures).where(and(eq(benchmarkFigures.releaseId, old.id), eq(benchmarkFigures.code, "893"), eq(benchmarkFigures.year, "2024")));
    expect(oldShropshire[0].value).toBe(12.7);
    const { found } = await benchmarkFor({ db: handle.db, code: "M6-QL", year: "2024" });
    expect(found!.result.authority.value).toBe(13.9);
  });

  it("switching model recomputes every benchmark and records the model", async () => {
    await run((tx) => setAuthority(tx, { laCode: "893", model: "2025" }, null));
    const { found } = await benchmarkFor({ db: handle.db, code: "M6-QL", year: "2024" });
    expect(found!.model).toBe("2025");
    expect(found!.result.snLeftOut.some((l) => l.code === "909")).toBe(false);
    const models = await handle.db.selectDistinct({ modelId: benchmarkResults.modelId }).from(benchmarkResults);
    expect(models).toHaveLength(2);
    await run((tx) => setAuthority(tx, { laCode: "893", model: "2021" }, null));
  });

  it("a count mapped with --per-10k becomes a rate with each area's own population, and says which estimate it used", async () => {
    // LAC1-NI: a rate per 10,000 at a date (a point-in-time rate), as the CIN rate at 31 March is
    await run((tx) => importMeasure(tx, { ...file("b1_children_in_need_2013_to_2025.csv"), indicator: "LAC1-NI", mapping: "cin-rate-per-10k" }, null));
    const { found } = await benchmarkFor({ db: handle.db, code: "LAC1-NI", year: "2025" });
    expect(found!.result.rateFrom).toEqual({ populationYear: 2024, fileName: "ons_mid-year_population_estimates_2012_to_2024.csv", importedAt: expect.any(String) });
    const [lac1ni] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "LAC1-NI"));
    const [comparator] = await handle.db.select().from(benchmarks).where(and(eq(benchmarks.indicatorId, lac1ni.id), eq(benchmarks.year, "2024/25"), eq(benchmarks.kind, "england")));
    expect(comparator.source).toMatch(/rate per 10,000 made from counts with the ONS mid-2024 0–17 estimates \(ons_mid-year_population_estimates_2012_to_2024\.csv, imported \d+ \w+ \d{4}\)$/);
    const text = file("b1_children_in_need_2013_to_2025.csv").text;
    const count = Number(text.match(/\n2025,Reporting year,Local authority,[^\n]*,893,E06000051,Shropshire,Children in Need,(?:[^,]*,){6}(\d+),/)![1]);
    const [pop] = await handle.db.select().from(authorityPopulations).where(eq(authorityPopulations.year, 2024));
    expect(found!.result.authority.value).toBeCloseTo((count / pop.population) * 10_000, 9);
  });

  it("bad input is refused with a clear error and nothing is written", async () => {
    const before = [await count(benchmarkReleases), await count(benchmarkFigures)];
    const c1 = file(C1);
    const national = { fileName: "national.csv", text: c1.text.split("\n").filter((l, i) => i === 0 || !l.includes("Local authority")).join("\n") };
    expect((await refusal(run((tx) => importMeasure(tx, { ...national, indicator: "M6-QL", mapping: "rereferrals-12-months" }, null)))).errors[0]).toMatch(/no local-authority rows/);
    expect((await refusal(run((tx) => importMeasure(tx, { ...c1, indicator: "M6-QL", measure: "rereferal_pc" }, null)))).errors[0]).toMatch(/the measure column "rereferal_pc" is not in the file/);
    expect((await refusal(run((tx) => importMeasure(tx, { ...c1, indicator: "M6-QL", measure: "la_name" }, null)))).errors[0]).toMatch(/in column "la_name" is neither a number nor a DfE symbol/);
    expect((await refusal(run((tx) => importMeasure(tx, { ...c1, indicator: "NOPE", mapping: "rereferrals-12-months" }, null)))).message).toBe('--indicator: no indicator has the code "NOPE".');
    expect([await count(benchmarkReleases), await count(benchmarkFigures)]).toEqual(before);
  });

  it("'How we compare' gives the authority, each neighbour and England over the years, with the local outturn beside", async () => {
    const [m6] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "M6-QL"));
    await handle.db.insert(outturns).values({ indicatorId: m6.id, year: "2023/24", value: 16 });
    const compare = (await howWeCompare({ db: handle.db, indicatorId: m6.id, period: "2024-04" }))!;
    expect(compare.neighbours).toHaveLength(10);
    expect(compare.years.map((y) => y.year)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    const y2024 = compare.years.find((y) => y.year === "2024")!;
    expect(y2024).toMatchObject({ authority: 13.9, england: 22.4, local: { published: 13.9, local: 16, disagrees: true } });
    expect(y2024.neighbours[compare.neighbours.findIndex((n) => n.code === "909")]).toBeNull();
  });

  it("marks indicators in the national bottom quartile, by polarity", async () => {
    // Shropshire's 12.9% re-referrals in 2025 are in the best quartile when lower is
    // better (M6-QL) and the bottom one (below Q1 = 16.9 of 153) when higher is (M8-QL).
    await run((tx) => importMeasure(tx, { ...file(C1), indicator: "M8-QL", mapping: "rereferrals-12-months" }, null));
    const marks = await bottomQuartileIndicators({ db: handle.db });
    const ids = await handle.db.select({ id: indicators.id, code: indicators.code }).from(indicators);
    const code = (id: number) => ids.find((i) => i.id === id)!.code;
    expect(Object.fromEntries([...marks].map(([id, year]) => [code(id), year]))).toEqual({ "M8-QL": "2024/25" });
    // for a month, the year that had ended by then is the one judged
    const april2020 = await bottomQuartileIndicators({ db: handle.db, period: "2020-04" });
    expect([...april2020.values()].every((year) => year === "2019/20")).toBe(true);
    expect(Object.fromEntries([...april2020].map(([id, year]) => [code(id), year]))).toEqual(APRIL_2020_MARKS);
  });
});

describe("like with like, and figures as published", () => {
  it("refuses a monthly count against the DfE's yearly count, saying why, and writes nothing", async () => {
    const before = [await count(benchmarkReleases), await count(benchmarkFigures)];
    const { message } = await refusal(run((tx) => importMeasure(tx, { ...file(C1), indicator: "M2", measure: "referral_count" }, null)));
    expect(message).toBe("M2 is a monthly count; the DfE figure is a count for a year: compare a rolling 12-month count indicator instead. Nothing was loaded.");
    const perTenK = await refusal(run((tx) => importMeasure(tx, { ...file(C1), indicator: "M2", measure: "referral_count", per10k: true }, null)));
    expect(perTenK.message).toBe("M2 is a monthly count; the DfE figure is a rate per 10,000 for a year: compare a rolling 12-month rate indicator instead. Nothing was loaded.");
    expect([await count(benchmarkReleases), await count(benchmarkFigures)]).toEqual(before);
  });

  it("takes it once the indicator is a rolling 12-month rate, with the population estimate named", async () => {
    await handle.db.update(indicators).set({ basis: "rolling_12_months" }).where(eq(indicators.code, "M2-NI"));
    const r = await run((tx) => importMeasure(tx, { ...file(C1), indicator: "M2-NI", measure: "referral_count", per10k: true, saveAs: "referral-rate" }, null));
    expect(r.kind).toBe("a rate per 10,000 for a year");
    const { found } = await benchmarkFor({ db: handle.db, code: "M2-NI", year: "2020" });
    expect(found!.result.rateFrom).toMatchObject({ populationYear: 2019 });
    // a rate shown as the pages round it, never 976.0425909494234
    const shown = showDocument(found!);
    expect(shown.authority.value).not.toBeNull();
    for (const v of [shown.authority.value, shown.england, shown.snAverage, shown.snMedian, shown.region.value]) expect(String(v)).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it("uses a rate the file publishes rather than making one from counts", async () => {
    const cla = file("cla_number_and_rate_per_10k_children.csv");
    const where = { population_type: "Children looked after on 31 March each year" };
    const r = await run((tx) => importMeasure(tx, { ...cla, indicator: "LAC1-NI", measure: "children_count", where, per10k: true, saveAs: "cla-rate" }, null));
    expect(r.note).toBe(
      "cla_number_and_rate_per_10k_children.csv publishes its rates (rate_per_10000): they are used as published, not made from children_count with population estimates.",
    );
    const [release] = await handle.db.select().from(benchmarkReleases).where(and(eq(benchmarkReleases.fileName, cla.fileName)));
    expect(release.mapping).toMatchObject({ measure: "rate_per_10000", per10k: false, unit: "rate_per_10k", basis: "snapshot" });
    const { found } = await benchmarkFor({ db: handle.db, code: "LAC1-NI", year: "2021" });
    // England's published rate at 31 March 2021 (69), not one made from today's population estimates
    const published = Number(cla.text.match(/\n2021,Reporting year,National,[^\n]*,Children looked after on 31 March each year,(?:[^,]*,){2}([\d.]+)/)![1]);
    expect(published).toBe(69);
    expect(found!.result.england).toBe(published);
    expect(found!.result.rateFrom).toBeNull();
  });

  it("'How we compare' shows the month's year unless the reader picks another", async () => {
    const [m6] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "M6-QL"));
    const april = (await howWeCompare({ db: handle.db, indicatorId: m6.id, period: "2020-04" }))!;
    expect([april.monthYear, april.selected.year, april.selected.yearLabel]).toEqual(["2020", "2020", "2019/20"]);
    const picked = (await howWeCompare({ db: handle.db, indicatorId: m6.id, period: "2020-04", year: "2024" }))!;
    expect([picked.monthYear, picked.selected.year, picked.selected.yearLabel]).toEqual(["2020", "2024", "2023/24"]);
    // before any year had ended, the earliest is shown and none is the month's
    const early = (await howWeCompare({ db: handle.db, indicatorId: m6.id, period: "2012-04" }))!;
    expect([early.monthYear, early.selected.year]).toEqual([null, "2013"]);
  });
});
