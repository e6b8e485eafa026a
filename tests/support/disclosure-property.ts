// Generated catalogues with relations and small counts, and an attacker who
// works out everything the shown figures give away by sums and differences:
// the property behind the public release's disclosure control, shared by the
// unit test (many catalogues) and the integration test (a real release).
import fc from "fast-check";
import type { CatalogueEntry } from "@/lib/figures/relations";
import type { PublicRow, PublicRowInput } from "@/lib/snapshots/public-release";

export const MONTHS = ["2020-02", "2020-03", "2020-04"];
const round1 = (n: number) => Math.round(n * 10) / 10;

export interface GeneratedPart {
  /** a count (with or without the percentage made from it), or only a share of the whole */
  kind: "count" | "share";
  withPercent: boolean;
  values: number[];
}
export interface GeneratedWhole {
  /** the parts add up to the whole */
  breakdown: boolean;
  extra: number[];
  parts: GeneratedPart[];
}

const part = fc.record({
  kind: fc.constantFrom<"count" | "share">("count", "share"),
  withPercent: fc.boolean(),
  values: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: MONTHS.length, maxLength: MONTHS.length }),
});
export const catalogueArbitrary = fc.array(
  fc.record({
    breakdown: fc.boolean(),
    extra: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: MONTHS.length, maxLength: MONTHS.length }),
    parts: fc.array(part, { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 3 },
);

/** What a generated catalogue is: its entries, its rows' figures, and the true counts behind every figure. */
export interface Generated {
  entries: CatalogueEntry[];
  /** code → figures by month */
  figures: Map<string, (number | null)[]>;
  wholes: { code: string; breakdown: boolean; parts: { numerator: string; percent: string | null; count: boolean }[] }[];
  /** true count of each variable (`code@month`; a share's numerator is `code#n@month`) */
  truth: Map<string, number>;
}

export function build(wholes: readonly GeneratedWhole[]): Generated {
  const entries: CatalogueEntry[] = [];
  const figures = new Map<string, (number | null)[]>();
  const truth = new Map<string, number>();
  const out: Generated["wholes"] = [];
  wholes.forEach((w, i) => {
    const whole = `W${i}`;
    const totals = MONTHS.map((_, m) => {
      const sum = w.parts.reduce((a, p) => a + p.values[m], 0);
      return w.breakdown ? sum : Math.max(...w.parts.map((p) => p.values[m])) + w.extra[m];
    });
    entries.push({ code: whole, unit: "count" });
    figures.set(whole, totals);
    MONTHS.forEach((p, m) => truth.set(`${whole}@${p}`, totals[m]));
    const parts: Generated["wholes"][number]["parts"] = [];
    w.parts.forEach((part, j) => {
      const pct = part.values.map((v, m) => (totals[m] === 0 ? null : round1((100 * v) / totals[m])));
      if (part.kind === "count") {
        const code = `P${i}x${j} (val)`;
        entries.push({ code, unit: "count", partOf: whole });
        figures.set(code, part.values);
        MONTHS.forEach((p, m) => truth.set(`${code}@${p}`, part.values[m]));
        const percent = part.withPercent ? `P${i}x${j}` : null;
        if (percent) {
          entries.push({ code: percent, unit: "percent" });
          figures.set(percent, pct);
        }
        parts.push({ numerator: code, percent, count: true });
      } else {
        const code = `S${i}x${j}%`;
        entries.push({ code, unit: "percent", partOf: whole });
        figures.set(code, pct);
        MONTHS.forEach((p, m) => truth.set(`${code}#n@${p}`, part.values[m]));
        parts.push({ numerator: `${code}#n`, percent: code, count: false });
      }
    });
    out.push({ code: whole, breakdown: w.breakdown, parts });
  });
  return { entries, figures, wholes: out, truth };
}

/** The rows a release is built from. */
export function rowsOf(g: Generated): PublicRowInput[] {
  return g.entries.map((e) => {
    const values = g.figures.get(e.code)!;
    const isCount = e.unit === "count";
    return {
      code: e.code,
      unit: e.unit,
      aggregation: isCount ? "sum" : "point",
      period: MONTHS.at(-1)!,
      value: values.at(-1) ?? null,
      previous: values.at(-2) ?? null,
      changeFromPreviousPct: null,
      // February to April are one financial year only from April: the year to date is April's
      ytd: isCount ? (values.at(-1) ?? null) : null,
      average12: null,
      max12: null,
      series: MONTHS.map((period, m) => ({ period, value: values[m] })),
    };
  });
}

/**
 * Everything the shown figures give away: shown counts; a shown percentage and
 * its whole give its count, and its count and it give the whole; a part and
 * its whole give the rest; a breakdown's whole and all but one part give the
 * last; a year to date and its other months give a month. Returns the known
 * variables and their values.
 */
export function attacker(g: Generated, shown: ReadonlyMap<string, { series: PublicRow["series"]; ytd: PublicRow["ytd"] }>): Map<string, number> {
  const known = new Map<string, number>();
  const at = (code: string, p: string) => shown.get(code)?.series.find((s) => s.period === p)?.value;
  for (const [code, row] of shown) {
    for (const s of row.series) if (typeof s.value === "number" && g.truth.has(`${code}@${s.period}`)) known.set(`${code}@${s.period}`, s.value);
  }
  let changed = true;
  const learn = (key: string, value: number) => {
    if (!known.has(key)) {
      known.set(key, value);
      changed = true;
    }
  };
  while (changed) {
    changed = false;
    for (const w of g.wholes) {
      for (const p of MONTHS) {
        const W = `${w.code}@${p}`;
        for (const part of w.parts) {
          const N = `${part.numerator}@${p}`;
          const R = part.percent ? at(part.percent, p) : undefined;
          if (typeof R === "number") {
            if (known.has(W)) learn(N, Math.round((R * known.get(W)!) / 100));
            if (known.has(N) && R > 0) learn(W, Math.round((100 * known.get(N)!) / R));
          }
          if (known.has(W) && known.has(N)) learn(`${N}~rest`, known.get(W)! - known.get(N)!);
        }
        if (w.breakdown) {
          const parts = w.parts.map((x) => `${x.numerator}@${p}`);
          const unknown = parts.filter((k) => !known.has(k));
          const sum = parts.filter((k) => known.has(k)).reduce((a, k) => a + known.get(k)!, 0);
          if (known.has(W) && unknown.length === 1) learn(unknown[0], known.get(W)! - sum);
          if (unknown.length === 0) learn(W, sum);
        }
      }
    }
    // the year to date is April's alone here (a new financial year): it gives April
    for (const [code, row] of shown) if (typeof row.ytd === "number") learn(`${code}@${MONTHS.at(-1)}`, row.ytd);
  }
  return known;
}

export const isSmall = (v: number, threshold: number) => v >= 1 && v <= threshold;
