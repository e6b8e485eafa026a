// Indicators defined by formula on a real database (PGlite, and PostgreSQL
// with LANTERN_TEST_DB=postgres): computed for every month the inputs have,
// revised when an input is revised, YTD as the ratio of sums, and never
// imported directly.
import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { indicators, indicatorValues } from "@/db/schema";
import { importFile } from "@/lib/import/apply";
import { formatImportError } from "@/lib/import/errors";
import { INDICATOR_COLUMNS } from "@/lib/import/columns";
import { scorecardFor } from "@/lib/queries/scorecard";
import { withDemoDb } from "../support/demo";

const { handle } = withDemoDb();

const catalogueRow = (cells: Record<string, string>) => INDICATOR_COLUMNS.map((c) => cells[c] ?? "").join(",");
const F1 = { code: "F1", title: "Contacts becoming referrals (computed)", service: "front-door", polarity: "info", unit: "percent", aggregation: "ratio", decimals: "1", formula: "100 * {M2} / {M1}" };

async function load(kind: "indicators" | "values", text: string) {
  const outcome = await importFile({ db: handle.db, kind, text, file: `${kind}.csv` });
  if (!outcome.ok) throw new Error(outcome.errors.map(formatImportError).join("\n"));
  return outcome.summary;
}

async function figuresOf(code: string) {
  const [indicator] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code));
  return handle.db
    .select({ period: indicatorValues.period, value: indicatorValues.value, revision: indicatorValues.revision, numerator: indicatorValues.numerator, denominator: indicatorValues.denominator })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.isCurrent, true)))
    .orderBy(asc(indicatorValues.period));
}

describe("an indicator defined by formula", () => {
  it("is computed for every month its inputs have", async () => {
    await load("indicators", `${INDICATOR_COLUMNS.join(",")}\n${catalogueRow(F1)}\n`);
    const figures = await figuresOf("F1");
    // M1 and M2 both run from 2019-10 to 2020-05 in the demo
    expect(figures.map((f) => f.period)).toEqual(["2019-10", "2019-11", "2019-12", "2020-01", "2020-02", "2020-03", "2020-04", "2020-05"]);
    // April 2020: 100 × 286 ÷ 1147 = 24.93…, kept with its parts (286 of 1147)
    expect(figures.find((f) => f.period === "2020-04")).toMatchObject({ numerator: 286, denominator: 1147, revision: 1 });
    expect(figures.find((f) => f.period === "2020-04")!.value).toBeCloseTo(24.9346, 4);
  });

  it("has a year to date that is the ratio of the sums", async () => {
    const doc = await scorecardFor({ db: handle.db, period: "2020-05", service: "front-door" });
    const f1 = doc.rows.find((r) => r.code === "F1")!;
    // May: 100 × 271 ÷ 1102 = 24.59; 2020/21 to May: 100 × (286 + 271) ÷ (1147 + 1102) = 24.77 (not the mean 24.76 of the months)
    expect(f1.value).toBeCloseTo(24.5917, 4);
    expect(f1.ytd).toBeCloseTo(24.7666, 4);
    expect(f1.revised).toBe(false);
  });

  it("is revised when an input is revised", async () => {
    await load("values", "indicator,period,value\nM2,2020-05,300\n");
    const may = (await figuresOf("F1")).find((f) => f.period === "2020-05")!;
    expect(may.revision).toBe(2);
    expect(may.value).toBeCloseTo((100 * 300) / 1102, 6);
    const doc = await scorecardFor({ db: handle.db, period: "2020-05", service: "front-door" });
    expect(doc.rows.find((r) => r.code === "F1")!.revised).toBe(true);
  });

  it("refuses its figures in a values file, and writes nothing", async () => {
    const before = await figuresOf("F1");
    const outcome = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-05,1100\nF1,2020-05,30\n", file: "v.csv" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map(formatImportError)).toEqual([
      'v.csv:3:1: "F1" is computed from its formula (100 * {M2} / {M1}): its figures cannot be imported; load the figures of its inputs instead',
    ]);
    expect(await figuresOf("F1")).toEqual(before);
  });

  it("refuses a catalogue whose formula names an unknown code", async () => {
    const outcome = await importFile({ db: handle.db, kind: "indicators", text: `${INDICATOR_COLUMNS.join(",")}\n${catalogueRow({ ...F1, code: "F2", formula: "{M1} / {NOPE}" })}\n`, file: "i.csv" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.map(formatImportError)[0]).toMatch(/\{NOPE\} in column "formula" is not a known indicator code/);
  });
});
