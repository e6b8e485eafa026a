// Window functions in formulas and partial figures on a real database (PGlite,
// and PostgreSQL with LANTERN_TEST_DB=postgres), on the demo: a rolling sum
// imported through the catalogue, its blank months with the missing month
// named, the catalogue editor's checks, preview and recomputation, undoing an
// import, populations, the unit "ratio", and the partial 12-month and
// year-to-date counts.
import { describe, expect, it } from "vitest";
import { and, asc, desc, eq } from "drizzle-orm";
import { importBatches, indicators, indicatorValues } from "@/db/schema";
import { updatePopulations } from "@/lib/actions/authority/core";
import { updateIndicator } from "@/lib/actions/catalogue/core";
import { undoImport } from "@/lib/actions/imports/core";
import { importFile } from "@/lib/import/apply";
import { INDICATOR_COLUMNS } from "@/lib/import/columns";
import { formatImportError } from "@/lib/import/errors";
import { formulaPreview } from "@/lib/queries/formula-preview";
import { scorecardFor } from "@/lib/queries/scorecard";
import { withDemoDb } from "../support/demo";

const demoDb = withDemoDb(["admin"]);
const { handle } = demoDb;
const ctx = () => demoDb.ctx("admin");

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const catalogueRow = (cells: Record<string, string>) => INDICATOR_COLUMNS.map((c) => csvCell(cells[c] ?? "")).join(",");
const R3 = { code: "R3", title: "Referrals in the last 3 months", service: "front-door", polarity: "info", unit: "count", aggregation: "point", decimals: "0", formula: "rolling_sum({M2}, 3)" };

async function load(kind: "indicators" | "values", text: string) {
  const outcome = await importFile({ db: handle.db, kind, text, file: `${kind}.csv` });
  if (!outcome.ok) throw new Error(outcome.errors.map(formatImportError).join("\n"));
  return outcome;
}
async function indicatorOf(code: string) {
  const [i] = await handle.db.select().from(indicators).where(eq(indicators.code, code));
  return i;
}
async function figuresOf(code: string) {
  const i = await indicatorOf(code);
  const rows = await handle.db
    .select({ period: indicatorValues.period, value: indicatorValues.value, note: indicatorValues.note })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, i.id), eq(indicatorValues.isCurrent, true)))
    .orderBy(asc(indicatorValues.period));
  return new Map(rows.map((r) => [r.period, r]));
}
async function form(code: string, changes: Record<string, unknown> = {}) {
  const i = await indicatorOf(code);
  return {
    indicatorId: i.id, code: i.code, title: i.title, service: i.serviceKey, polarity: i.polarity, unit: i.unit, aggregation: i.aggregation,
    decimals: i.decimals, frequency: i.frequency, greenMin: i.greenMin, greenMax: i.greenMax, amberMin: i.amberMin, amberMax: i.amberMax,
    target: i.target, outcome: i.outcome, definition: i.definition, ownerId: i.ownerId ?? "", reporterId: i.reporterId ?? "", councilPlan: i.councilPlan,
    formula: i.formula ?? "", ...changes,
  };
}
async function latestBatch(kind: string) {
  const [b] = await handle.db.select({ id: importBatches.id }).from(importBatches).where(and(eq(importBatches.kind, kind), eq(importBatches.outcome, "loaded"))).orderBy(desc(importBatches.id)).limit(1);
  return b.id;
}

describe("partial figures on the demo", () => {
  it("the 12-month average of M1 in April 2020 is over 7 months; March's year to date is 6 of 12 months", async () => {
    const april = (await scorecardFor({ db: handle.db, period: "2020-04" })).rows.find((r) => r.code === "M1")!;
    expect(april).toMatchObject({ average12Months: 7, ytdMonths: 1, ytdMonthsExpected: 1 });
    const march = (await scorecardFor({ db: handle.db, period: "2020-03" })).rows.find((r) => r.code === "M1")!;
    expect(march).toMatchObject({ ytdMonths: 6, ytdMonthsExpected: 12 });
  });
});

describe("a rolling sum imported through the catalogue", () => {
  it("has 904 for April 2020 (318 + 300 + 286) and none for November 2019, saying September 2019 is missing", async () => {
    await load("indicators", `${INDICATOR_COLUMNS.join(",")}\n${catalogueRow(R3)}\n`);
    const figures = await figuresOf("R3");
    expect(figures.get("2020-04")).toEqual({ period: "2020-04", value: 904, note: null });
    expect(figures.get("2019-11")).toEqual({ period: "2019-11", value: null, note: "no figure for M2 in September 2019" });
    const november = (await scorecardFor({ db: handle.db, period: "2019-11", service: "front-door" })).rows.find((r) => r.code === "R3")!;
    expect(november).toMatchObject({ value: null, emptyReason: "no figure for M2 in September 2019" });
    const april = (await scorecardFor({ db: handle.db, period: "2020-04", service: "front-door" })).rows.find((r) => r.code === "R3")!;
    expect(april).toMatchObject({ value: 904, emptyReason: null, ytd: null });
  });

  it("accepts the unit ratio", async () => {
    const row = catalogueRow({ code: "RAT1", title: "Referrals for every contact", service: "front-door", polarity: "info", unit: "ratio", aggregation: "ratio", decimals: "2", formula: "{M2} / {M1}" });
    await load("indicators", `${INDICATOR_COLUMNS.join(",")}\n${row}\n`);
    expect((await indicatorOf("RAT1")).unit).toBe("ratio");
    expect((await figuresOf("RAT1")).get("2020-04")!.value).toBeCloseTo(286 / 1147, 9);
  });
});

describe("undoing an import", () => {
  it("works the formulas out again from what is left", async () => {
    await load("values", "indicator,period,value\nM2,2020-06,250\nM1,2020-06,1000\n");
    const values = await latestBatch("values");
    // April, May and June: 286 + 271 + 250
    expect((await figuresOf("R3")).get("2020-06")!.value).toBe(807);
    // a later catalogue change works R3 out again, June included, in rows of its own batch
    await load("indicators", `${INDICATOR_COLUMNS.join(",")}\n${catalogueRow({ ...R3, formula: "rolling_sum({M2}, 2)" })}\n`);
    expect((await figuresOf("R3")).get("2020-06")!.value).toBe(271 + 250);
    const undone = await undoImport(ctx(), { batchId: values });
    expect(undone).toMatchObject({ ok: true });
    // June's input has gone, so June's computed figure goes too; April stays (300 + 286)
    const after = await figuresOf("R3");
    expect(after.has("2020-06")).toBe(false);
    expect(after.get("2020-04")!.value).toBe(586);
  });
});

describe("the catalogue editor's formula", () => {
  it("previews the last 12 months from the stored figures without saving", async () => {
    const r3 = await indicatorOf("R3");
    const preview = await formulaPreview({ db: handle.db, indicatorId: r3.id, code: "R3", formula: "rolling_mean({M2}, 3)", unit: "count" });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.aggregation).toBe("point");
    expect(preview.months.find((m) => m.period === "2020-04")!.value).toBeCloseTo(904 / 3, 9);
    expect(preview.months.find((m) => m.period === "2019-11")).toEqual({ period: "2019-11", value: null, reason: "no figure for M2 in September 2019" });
    expect((await indicatorOf("R3")).formula).toBe("rolling_sum({M2}, 2)");
    expect(await formulaPreview({ db: handle.db, indicatorId: r3.id, code: "R3", formula: "{M2} + {NOPE}", unit: "count" })).toEqual({ ok: false, problem: "The formula names {NOPE}, which is not an indicator code in the catalogue." });
  });

  it("saves a formula and works the stored figures out again", async () => {
    const saved = await updateIndicator(ctx(), await form("R3", { formula: "rolling_sum({M2}, 3)" }));
    expect(saved).toMatchObject({ ok: true, data: { changed: ["formula"] } });
    expect((await figuresOf("R3")).get("2020-04")!.value).toBe(904);
  });

  it("refuses unknown codes, cycles, constant zero divisors, bad windows and a year to date that does not fit, on the field", async () => {
    const refusal = async (formula: string, extra: Record<string, unknown> = {}) => updateIndicator(ctx(), await form("R3", { formula, ...extra }));
    expect(await refusal("{M2} + {NOPE}")).toMatchObject({ ok: false, fieldErrors: { formula: "The formula names {NOPE}, which is not an indicator code in the catalogue." } });
    expect(await refusal("{RAT1} + {R3}")).toMatchObject({ ok: false, fieldErrors: { formula: "The formula uses itself: R3 → R3." } });
    expect(await refusal("{M2} / (3 - 3)")).toMatchObject({ ok: false, fieldErrors: { formula: "The formula is not valid: it divides by (3 - 3), which is always zero." } });
    expect(await refusal("rolling_sum({M2}, 0)")).toMatchObject({ ok: false, fieldErrors: { formula: expect.stringContaining("must be a whole number of months from 2 to 36, not 0") } });
    expect(await refusal("{M1} + {M2}")).toMatchObject({ ok: false, fieldErrors: { aggregation: expect.stringContaining("by adding the figures") } });
    expect(await refusal("")).toMatchObject({ ok: false, fieldErrors: { formula: expect.stringContaining("cannot be removed") } });
    expect(await updateIndicator(ctx(), await form("M1", { formula: "{M2} * 2" }))).toMatchObject({ ok: false, fieldErrors: { formula: expect.stringContaining("has figures loaded from files") } });
    expect((await indicatorOf("R3")).formula).toBe("rolling_sum({M2}, 3)");
  });

  it("works per_10k out again when the populations change", async () => {
    await load("indicators", `${INDICATOR_COLUMNS.join(",")}\n${catalogueRow({ ...R3, code: "P10K", unit: "rate_per_10k", aggregation: "sum", decimals: "1", formula: "per_10k({M2})" })}\n`);
    expect(await updatePopulations(ctx(), { populations: "2019 40000\n2020 50000" })).toMatchObject({ ok: true });
    const figures = await figuresOf("P10K");
    // April 2020 is in 2020/21: the mid-2020 estimate; March 2020 in 2019/20: mid-2019
    expect(figures.get("2020-04")!.value).toBeCloseTo((286 / 50000) * 10000, 9);
    expect(figures.get("2020-03")!.value).toBeCloseTo((300 / 40000) * 10000, 9);
  });
});
