import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMonths, figuresFor, type FiguresInput, type PeriodValue, type Polarity } from "@/lib/figures";
import { badLeaves, indicator, input, monthly, pv } from "./helpers";

describe("figuresFor: missing and zero figures", () => {
  it("a missing previous month is not zero and not looked past", () => {
    const f = figuresFor(input({ period: "2020-06", values: monthly("2020-03", [10, 12, null, 15]) }));
    expect(f.value).toBe(15);
    expect(f.previousPeriod).toBe("2020-05");
    expect(f.previous).toBeNull();
    expect(f.changeFromPreviousPct).toBeNull();
    expect(f.direction).toBeNull();
    expect(f.judgement).toBeNull();
    expect(f.ytd).toBe(27); // April 12 + June 15, May left out and named
    expect(f.ytdNote).toBe("partial: no figure for May 2020");
    expect(f.average12).toBeCloseTo((10 + 12 + 15) / 3, 9);
  });

  it("a missing current month gives a row of nulls, not zeros", () => {
    const f = figuresFor(input({ period: "2020-06", values: monthly("2020-03", [10, 12, 14]) }));
    expect(f.value).toBeNull();
    expect(f.previous).toBe(14);
    expect(f.changeFromPreviousPct).toBeNull();
    expect(f.direction).toBeNull();
    expect(f.rag).toBeNull();
    expect(f.distanceToTarget).toBeNull();
    expect(f.series.at(-1)).toEqual({ period: "2020-06", value: null });
    expect(f.spc.points.at(-1)!.period).toBe("2020-05"); // SPC charts the months there are
  });

  it("a zero earlier figure gives no change", () => {
    const f = figuresFor(input({ values: monthly("2019-04", [0, ...Array(11).fill(5), 7]) }));
    expect(f.lastYear).toBe(0);
    expect(f.changeFromLastYearPct).toBeNull();
    expect(f.changeFromPreviousPct).toBe(40); // (7 − 5) / 5
  });
});

describe("figuresFor: the financial year boundary", () => {
  const values = monthly("2019-04", [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20, 30]); // Apr-19 … Apr-20

  it("March closes the year: YTD is all twelve months", () => {
    const f = figuresFor(input({ period: "2020-03", values }));
    expect(f.ytd).toBe(130);
    expect(f.ytdNote).toBeNull();
  });

  it("April starts again: YTD is April alone, while previous is still March", () => {
    const f = figuresFor(input({ period: "2020-04", values }));
    expect(f.ytd).toBe(30);
    expect(f.previous).toBe(20);
    expect(f.previousPeriod).toBe("2020-03");
    expect(f.changeFromPreviousPct).toBe(50);
    expect(f.lastYear).toBe(10);
    expect(f.changeFromLastYearPct).toBe(200);
  });
});

describe("figuresFor: quarterly and termly indicators", () => {
  it("quarterly: previous is the previous quarter, last year the same quarter a year before", () => {
    const values = [pv("2019-06", 40), pv("2019-09", 42), pv("2019-12", 44), pv("2020-03", 46), pv("2020-06", 50)];
    const f = figuresFor(input({ indicator: indicator({ frequency: "quarterly" }), period: "2020-06", values }));
    expect(f.previousPeriod).toBe("2020-03");
    expect(f.previous).toBe(46);
    expect(f.changeFromPreviousPct).toBe(8.7); // (50 − 46) / 46 = 8.695…
    expect(f.lastYearPeriod).toBe("2019-06");
    expect(f.lastYear).toBe(40);
    expect(f.changeFromLastYearPct).toBe(25);
    expect(f.ytd).toBe(50); // Q1 of 2020/21 alone
    expect(f.series).toHaveLength(12);
    expect(f.series.at(-2)).toEqual({ period: "2020-03", value: 46 });
    expect(f.series[0].period).toBe("2017-09"); // twelve quarters back
    expect(f.average12).toBe((42 + 44 + 46 + 50) / 4); // Jul-19 … Jun-20
  });

  it("termly: previous is the previous term, last year the same term", () => {
    const values = [pv("2019-04", 70), pv("2019-07", 72), pv("2019-12", 75), pv("2020-03", 78), pv("2020-07", 80)];
    const f = figuresFor(input({ indicator: indicator({ frequency: "termly", unit: "percent", aggregation: "point" }), period: "2020-07", values }));
    expect(f.previousPeriod).toBe("2020-03");
    expect(f.previous).toBe(78);
    expect(f.lastYearPeriod).toBe("2019-07");
    expect(f.lastYear).toBe(72);
    // spring 2020 ended in March, spring 2019 in April: still the same term
    const spring = figuresFor(input({ indicator: indicator({ frequency: "termly" }), period: "2020-03", values }));
    expect(spring.previousPeriod).toBe("2019-12");
    expect(spring.lastYearPeriod).toBe("2019-04");
    expect(spring.lastYear).toBe(70);
    expect(f.series.map((s) => s.period)).toEqual(["2019-04", "2019-07", "2019-12", "2020-03", "2020-07"]);
  });
});

describe("figuresFor: bands, polarity, targets, revisions, rates", () => {
  const percent = indicator({
    polarity: "high",
    unit: "percent",
    aggregation: "ratio",
    bands: { greenMin: 95, greenMax: null, amberMin: 92, amberMax: null },
    target: 95,
  });

  it("percentages are stored 0–100 and banded on the same scale; an edge is inside", () => {
    const values = [pv("2020-04", 95, { numerator: 190, denominator: 200 }), pv("2020-05", 92, { numerator: 92, denominator: 100 })];
    const april = figuresFor(input({ indicator: percent, period: "2020-04", values }));
    expect(april.rag).toBe("green");
    expect(april.distanceToTarget).toBe(0);
    const may = figuresFor(input({ indicator: percent, period: "2020-05", values }));
    expect(may.rag).toBe("amber");
    expect(may.ytd).toBeCloseTo((282 / 300) * 100, 10); // 94%: Σnum / Σden, not (95 + 92) / 2 = 93.5
    expect(may.distanceToTarget).toBe(-3);
    expect(may.judgement).toBe("worse");
  });

  it("no bands: no RAG; info polarity: judged neutral, compared with nothing, SPC 'neither'", () => {
    const ys = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40];
    const f = figuresFor(
      input({
        indicator: indicator({ polarity: "info", target: 12 }),
        period: addMonths("2019-04", ys.length - 1),
        values: monthly("2019-04", ys),
        benchmarks: [{ kind: "england", year: "2019/20", value: 12 }],
      }),
    );
    expect(f.rag).toBeNull();
    expect(f.judgement).toBe("neutral");
    expect(f.benchmarkComparisons[0].comparison).toBeNull();
    expect(f.spc.kind).toBe("xmr");
    expect(f.spc.variation).toBe("neither");
    expect(f.spc.assurance).toBeNull();
  });

  it("a revised figure is used as it now stands and the row says so", () => {
    const values = [pv("2020-03", 100), pv("2020-04", 90, { revised: true })];
    const f = figuresFor(input({ values }));
    expect(f.value).toBe(90);
    expect(f.revised).toBe(true);
    expect(figuresFor(input({ period: "2020-05", values })).revised).toBe(false);
    // a revision of an earlier month does not mark this month's figure
    const earlier = figuresFor(input({ values: [pv("2020-03", 100, { revised: true }), pv("2020-04", 90)] }));
    expect(earlier.revised).toBe(false);
  });

  it("rates per 10,000 from the count and the population of the year", () => {
    // CP6B-NI style: 399 children on a plan, population 51,250 (mid-2020): 399 / 51250 × 10000 = 77.853…
    const f = figuresFor(
      input({
        indicator: indicator({ unit: "rate_per_10k", aggregation: "point", polarity: "info" }),
        values: [pv("2020-04", 77.9, { numerator: 399 })],
        population: { "2019": 50_100, "2020": 51_250 },
      }),
    );
    expect(f.ratePer10k).toBeCloseTo(77.853658536, 8);
    expect(f.ratePopulationYear).toBe("2020");
    expect(figuresFor(input({ values: [pv("2020-04", 5, { numerator: 5 })], population: { "2020": 50_000 } })).ratePer10k).toBeNull();
  });

  it("outturns: the five years before M's", () => {
    const f = figuresFor(
      input({
        outturns: [
          { year: "2014/15", value: 1 },
          { year: "2015/16", value: 2 },
          { year: "2019/20", value: 6 },
          { year: "2020/21", value: 7 },
        ],
      }),
    );
    expect(f.outturns).toEqual({ "2015/16": 2, "2019/20": 6 });
  });
});

// ---------------------------------------------------------------- properties

const polarity = fc.constantFrom<Polarity>("high", "low", "info", "range");
const months = (n: number) => Array.from({ length: n }, (_, i) => addMonths("2017-01", i));
const anyInput = fc
  .record({
    figures: fc.array(
      fc.option(
        fc.record({
          value: fc.option(fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0))),
          numerator: fc.option(fc.integer({ min: 0, max: 1000 })),
          denominator: fc.option(fc.integer({ min: 0, max: 1000 })),
          revised: fc.boolean(),
        }),
        { freq: 4 },
      ),
      { minLength: 0, maxLength: 48 },
    ),
    polarity,
    unit: fc.constantFrom("count", "percent", "rate_per_10k", "days", "number" as const),
    aggregation: fc.constantFrom("sum", "ratio", "point", "mean" as const),
    frequency: fc.constantFrom("monthly", "quarterly", "termly", "annual" as const),
    bands: fc.record({
      greenMin: fc.option(fc.integer({ min: 0, max: 100 })),
      greenMax: fc.option(fc.integer({ min: 0, max: 100 })),
      amberMin: fc.option(fc.integer({ min: 0, max: 100 })),
      amberMax: fc.option(fc.integer({ min: 0, max: 100 })),
    }),
    target: fc.option(fc.integer({ min: 0, max: 1000 })),
    at: fc.nat(47),
    runLength: fc.integer({ min: 6, max: 8 }),
    screen: fc.boolean(),
    baseline: fc.option(fc.integer({ min: 1, max: 30 })),
    population: fc.option(fc.integer({ min: 1, max: 100_000 })),
  })
  .map((r): FiguresInput => {
    const periods = months(48);
    const values: PeriodValue[] = [];
    r.figures.forEach((f, i) => {
      if (f) values.push({ period: periods[i], ...f });
    });
    return {
      indicator: indicator({ polarity: r.polarity, unit: r.unit, aggregation: r.aggregation, frequency: r.frequency, bands: r.bands, target: r.target }),
      period: periods[r.at],
      values: values.reverse(), // any order
      outturns: [{ year: "2016/17", value: 3 }],
      benchmarks: [{ kind: "england", year: "2018/19", value: 50 }],
      population: r.population === null ? {} : { "2017": r.population, "2018": r.population + 10 },
      spc: { runLength: r.runLength, screenMovingRanges: r.screen, baselinePoints: r.baseline },
    };
  });

describe("figuresFor properties", () => {
  it("never puts NaN, Infinity or undefined anywhere in a row", () => {
    fc.assert(
      fc.property(anyInput, (inp) => {
        const f = figuresFor(inp);
        expect(badLeaves(f)).toEqual([]);
        expect(JSON.parse(JSON.stringify(f))).toEqual(f);
      }),
      { numRuns: 1500 },
    );
  });

  it("adding later months never changes an earlier month's figures", () => {
    fc.assert(
      fc.property(anyInput, (inp) => {
        const upToM = inp.values.filter((v) => v.period <= inp.period);
        expect(figuresFor(inp)).toEqual(figuresFor({ ...inp, values: upToM }));
      }),
      { numRuns: 1000 },
    );
  });

  it("judgement flips when polarity flips (high ↔ low)", () => {
    const flip = { better: "worse", worse: "better", same: "same" } as Record<string, string>;
    fc.assert(
      fc.property(anyInput, (inp) => {
        const high = figuresFor({ ...inp, indicator: { ...inp.indicator, polarity: "high" } });
        const low = figuresFor({ ...inp, indicator: { ...inp.indicator, polarity: "low" } });
        if (high.judgement === null) return low.judgement === null;
        return low.judgement === flip[high.judgement];
      }),
      { numRuns: 500 },
    );
  });
});
