// The size of the catalogue a bench runs at, as a setting: a large
// synthetic catalogue beside the demo (`--services 12 --indicators 30
// --months 60`: 12 service areas of 30 indicators with 60 months each),
// loaded through the real import path, so pages are measured at a large
// council's size. Also the shared reading of the command line's settings.
import { parseArgs } from "node:util";
import type { Db } from "@/db/client";
import { serviceAreas } from "@/db/schema";
import { addMonths } from "@/lib/figures";
import { importFile } from "@/lib/import/apply";

export interface CatalogueSize {
  services: number;
  indicators: number;
  months: number;
}

/** `--services S --indicators I --months M --seconds N` (0 services: the demo alone). */
export function benchSettings(defaults: { seconds: number }): { catalogue: CatalogueSize; seconds: number } {
  const { values } = parseArgs({
    options: { services: { type: "string" }, indicators: { type: "string" }, months: { type: "string" }, seconds: { type: "string" } },
    allowPositionals: true,
  });
  const number = (text: string | undefined, fallback: number, name: string) => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number (got "${text}")`);
    return n;
  };
  return {
    catalogue: { services: number(values.services, 0, "services"), indicators: number(values.indicators, 30, "indicators"), months: number(values.months, 60, "months") },
    seconds: number(values.seconds ?? process.env.BENCH_SECONDS, defaults.seconds, "seconds"),
  };
}

export function describeCatalogue(size: CatalogueSize): string {
  return size.services ? `${size.services} service areas × ${size.indicators} indicators × ${size.months} months beside the demo` : "the demo catalogue";
}

/** A small deterministic generator so every run measures the same data. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS = [
  { polarity: "high", unit: "percent", aggregation: "ratio" },
  { polarity: "low", unit: "count", aggregation: "sum" },
  { polarity: "info", unit: "count", aggregation: "point" },
  { polarity: "low", unit: "days", aggregation: "mean" },
] as const;

/**
 * One service area's generated indicators as import files: bands, a target,
 * `months` months of figures up to `period`, three benchmarks, five outturns
 * and the month's commentary each.
 */
export function generatedServiceFiles({ service, prefix, indicators, months, period, seed }: { service: string; prefix: string; indicators: number; months: number; period: string; seed: number }) {
  const rand = seeded(seed);
  const rows = {
    indicators: ["code,title,service,polarity,unit,aggregation,decimals,green_min,green_max,amber_min,amber_max,target,outcome,definition,reporter"],
    values: ["indicator,period,value,numerator,denominator"],
    benchmarks: ["indicator,benchmark,year,value"],
    outturns: ["indicator,year,value"],
    commentary: ["indicator,period,author,body,status"],
  };
  for (let i = 1; i <= indicators; i++) {
    const code = `${prefix}${String(i).padStart(2, "0")}`;
    const kind = KINDS[i % KINDS.length];
    const base = kind.unit === "percent" ? 60 + rand() * 30 : 20 + rand() * 200;
    const bands =
      kind.polarity === "high" ? `${(base * 1.05).toFixed(1)},,${(base * 0.95).toFixed(1)},` : kind.polarity === "low" ? `,${base.toFixed(1)},,${(base * 1.1).toFixed(1)}` : ",,,";
    rows.indicators.push(
      `${code},Generated indicator ${i} for the benchmark,${service},${kind.polarity},${kind.unit},${kind.aggregation},1,${bands},${kind.polarity === "info" ? "" : base.toFixed(1)},Children get a good service,Counted for the benchmark,workforce.lead@lantern.example`,
    );
    let level = base;
    for (let m = months - 1; m >= 0; m--) {
      const month = addMonths(period, -m);
      level = Math.max(1, level + (rand() - 0.5) * base * 0.1);
      if (kind.aggregation === "ratio") {
        const denominator = 100 + Math.round(rand() * 100);
        const numerator = Math.min(denominator, Math.round((level / 100) * denominator));
        rows.values.push(`${code},${month},,${numerator},${denominator}`);
      } else rows.values.push(`${code},${month},${level.toFixed(1)},,`);
    }
    for (const kindName of ["sn_average", "england", "region"]) rows.benchmarks.push(`${code},${kindName},2018/19,${(base * (0.9 + rand() * 0.2)).toFixed(1)}`);
    for (const year of ["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]) rows.outturns.push(`${code},${year},${(base * (0.9 + rand() * 0.2)).toFixed(1)}`);
    rows.commentary.push(`${code},${period},workforce.lead@lantern.example,"The figure moved as expected this month; the service is watching it.",submitted`);
  }
  return (Object.entries(rows) as [keyof typeof rows, string[]][]).map(([kind, lines]) => [kind, `${lines.join("\n")}\n`] as const);
}

/** Loads generated files through the import path. */
export async function importGenerated(db: Db, files: ReturnType<typeof generatedServiceFiles>, label: string) {
  for (const [kind, text] of files) {
    const outcome = await importFile({ db, kind, text, file: `bench-${label}-${kind}.csv` });
    if (!outcome.ok) throw new Error(`bench ${label} ${kind}: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
  }
}

/** The large synthetic catalogue: its service areas, then each one's indicators and figures. */
export async function addCatalogue(db: Db, size: CatalogueSize, period: string) {
  for (let s = 1; s <= size.services; s++) {
    const key = `bench-${String(s).padStart(2, "0")}`;
    await db.insert(serviceAreas).values({ key, name: `Bench service ${s}`, sortOrder: 100 + s }).onConflictDoNothing();
    const files = generatedServiceFiles({ service: key, prefix: `S${String(s).padStart(2, "0")}X`, indicators: size.indicators, months: size.months, period, seed: 1000 + s });
    await importGenerated(db, files, key);
  }
}
