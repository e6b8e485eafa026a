// Benchmark of the figures engine: 300 indicators × 120 months, every figure
// and the SPC chart for each indicator at the last month. Data are generated
// deterministically (a fixed-seed generator), so runs compare like with like.
// Prints timings; never asserts (bench/ prints figures, tests assert).
//
//   node --conditions=react-server --import tsx bench/figures.ts
//
// Then the same data go into an embedded database (PGlite, in memory) through
// the import path, to set the engine's time beside the query that loads them.
import { performance } from "node:perf_hooks";
import {
  DEFAULT_SPC_SETTINGS,
  NHSR_PLOTTHEDOTS_SETTINGS,
  addMonths,
  figuresFor,
  spcFor,
  type Aggregation,
  type Frequency,
  type FiguresInput,
  type PeriodValue,
  type Polarity,
  type SpcSettings,
  type Unit,
} from "../lib/figures";

const INDICATORS = 300;
const MONTHS = 120;
const FIRST = "2010-04";
const LAST = addMonths(FIRST, MONTHS - 1);
const REPEATS = 5;

// mulberry32: a small seeded generator, so the data are the same every run
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeInputs(spc: SpcSettings): FiguresInput[] {
  const random = generator(20200401);
  const polarities: Polarity[] = ["high", "low", "info", "range"];
  const kinds: { unit: Unit; aggregation: Aggregation }[] = [
    { unit: "count", aggregation: "sum" },
    { unit: "count", aggregation: "point" },
    { unit: "percent", aggregation: "ratio" },
    { unit: "rate_per_10k", aggregation: "point" },
    { unit: "days", aggregation: "mean" },
  ];
  const inputs: FiguresInput[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const kind = kinds[i % kinds.length];
    const frequency: Frequency = i % 10 === 9 ? "quarterly" : "monthly";
    const level = 50 + random() * 1000;
    const values: PeriodValue[] = [];
    for (let m = 0; m < MONTHS; m++) {
      const period = addMonths(FIRST, m);
      if (frequency === "quarterly" && (m + 1) % 3 !== 0) continue;
      if (random() < 0.03) continue; // a missing month now and then
      const denominator = Math.round(level);
      const numerator = Math.round(denominator * (0.6 + 0.3 * random()));
      const value = kind.unit === "percent" ? (numerator / denominator) * 100 : Math.round(level * (0.8 + 0.4 * random()) + m);
      values.push({ period, value, numerator, denominator, revised: random() < 0.05 });
    }
    inputs.push({
      indicator: {
        code: `B${i}`,
        polarity: polarities[i % polarities.length],
        unit: kind.unit,
        aggregation: kind.aggregation,
        decimals: 1,
        frequency,
        bands: { greenMin: level, greenMax: null, amberMin: level * 0.9, amberMax: null },
        target: i % 3 === 0 ? level : null,
      },
      period: LAST,
      values,
      outturns: [{ year: "2018/19", value: level }],
      benchmarks: [
        { kind: "england", year: "2018/19", value: level },
        { kind: "sn_average", year: "2019/20", value: level * 1.1 },
      ],
      population: { "2018": 50_000, "2019": 50_500 },
      spc,
    });
  }
  return inputs;
}

function time(label: string, inputs: FiguresInput[], run: (input: FiguresInput) => unknown): void {
  run(inputs[0]); // warm up
  const runs: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = performance.now();
    for (const input of inputs) run(input);
    runs.push(performance.now() - start);
  }
  const best = Math.min(...runs);
  const median = runs.slice().sort((a, b) => a - b)[Math.floor(REPEATS / 2)];
  console.log(
    `${label.padEnd(44)} best ${best.toFixed(1).padStart(7)} ms   median ${median.toFixed(1).padStart(7)} ms   ` +
      `${((best * 1000) / inputs.length).toFixed(1).padStart(7)} µs per indicator`,
  );
}

const defaults = makeInputs(DEFAULT_SPC_SETTINGS);
const nhsr = makeInputs(NHSR_PLOTTHEDOTS_SETTINGS);
const points = defaults.reduce((n, i) => n + i.values.length, 0);
console.log(`figures bench: ${INDICATORS} indicators × ${MONTHS} months (${points} figures), row for ${LAST}, best of ${REPEATS}`);
time("figuresFor (all figures + SPC, N=6, no screen)", defaults, figuresFor);
time("figuresFor (all figures + SPC, N=7, screened)", nhsr, figuresFor);
time("spcFor alone (N=6)", defaults, (i) =>
  spcFor(
    i.values.filter((v) => v.value !== null).map((v) => ({ period: v.period, value: v.value! })),
    { polarity: i.indicator.polarity, target: i.indicator.target, settings: i.spc },
  ),
);
const sample = figuresFor(defaults[0]);
console.log(
  `sample row B0: value ${sample.value}, change ${sample.changeFromPreviousPct}%, ytd ${sample.ytd}, ` +
    `spc ${sample.spc.kind} mean ${sample.spc.mean?.toFixed(2)} variation ${sample.spc.variation} assurance ${sample.spc.assurance}`,
);

// --- The query that loads the data, for comparison -------------------------
async function databaseComparison() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { and, eq, lte } = await import("drizzle-orm");
  const schema = await import("../db/schema");
  const { migrateDb } = await import("../db/migrate");
  const { importFile } = await import("../lib/import/apply");
  const { scorecardFor } = await import("../lib/queries/scorecard");
  const client = await PGlite.create();
  const db = drizzle(client, { schema }) as never as import("../db/client").Db;
  await migrateDb({ db, kind: "pglite", location: "memory", close: async () => {} });
  const catalogue = ["code,title,service,polarity,unit,aggregation,frequency"];
  const figures = ["indicator,period,value,numerator,denominator"];
  for (const input of defaults) {
    const i = input.indicator;
    catalogue.push(`${i.code},Bench ${i.code},cp,${i.polarity},${i.unit},${i.aggregation},${i.frequency}`);
    for (const v of input.values) figures.push(`${i.code},${v.period},${v.value},${v.numerator},${v.denominator}`);
  }
  await importFile({ db, kind: "indicators", text: catalogue.join("\n"), file: "indicators.csv" });
  const loaded = await importFile({ db, kind: "values", text: figures.join("\n"), file: "values.csv" });
  if (!loaded.ok) throw new Error("bench data did not load");
  const v = schema.indicatorValues;
  const runs: number[] = [];
  const whole: number[] = [];
  for (let r = 0; r < REPEATS + 1; r++) {
    let start = performance.now();
    await db.select().from(v).where(and(eq(v.isCurrent, true), lte(v.period, LAST)));
    if (r > 0) runs.push(performance.now() - start);
    start = performance.now();
    await scorecardFor({ db, period: LAST });
    if (r > 0) whole.push(performance.now() - start);
  }
  const best = (xs: number[]) => Math.min(...xs).toFixed(1).padStart(7);
  console.log(`${"query loading every figure (PGlite, memory)".padEnd(44)} best ${best(runs)} ms`);
  console.log(`${"scorecardFor: 5 queries + all figures".padEnd(44)} best ${best(whole)} ms`);
  await client.close();
}
await databaseComparison();
