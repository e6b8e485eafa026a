// Every figure a scorecard row shows for an indicator and a month M, in one
// pure function. The scorecard JSON, the pages, the commentary drafting aid
// and the board snapshots all read this result, so each rule lives in the
// module named after it and is only tied together here.
//
// - value, revised: the current figure at M (the latest revision; `revised`
//   says it has been loaded more than once).
// - previous: the figure of the previous period of the indicator's frequency
//   (monthly M−1, quarterly M−3, annual M−12, termly the previous term; see
//   periods.ts). previousPeriod names the period compared with, even when it
//   has no figure (null only for a termly figure with no earlier term).
// - lastYear: M−12 (termly: the same term a year before).
// - changeFromPreviousPct / …Points (and from last year): the relative change
//   and, for percentages and rates, the difference in points (change.ts).
// - rag, target, distanceToTarget: by the set of bands and target in force in
//   M (band-sets.ts); previousRag by the set in force in the previous period.
// - distanceToTarget: value − target (positive: above the target).
// - direction and judgement compare value with previous.
// - series: the last twelve periods up to M, oldest first, null where missing.
// - spc: every figure up to M, in order, months without one skipped.
// Only figures up to M are read, so loading a later month never changes the
// figures of an earlier one. Nothing in the result is NaN, Infinity or
// undefined: an unknown figure is null.

import { bandsAndTargetFor } from "./band-sets";
import { benchmarkComparisonsFor } from "./benchmarks";
import { changeOf, directionOf, judgementOf } from "./change";
import { lastFiveOutturns } from "./outturns";
import { indexValues, periodsWithFiguresTo, valueAt } from "./period-values";
import { lastYearPeriodFor, previousPeriodFor } from "./periods";
import { ragFor } from "./rag";
import { ratePer10kFor } from "./rate";
import { last12Figures } from "./rolling";
import { tidy } from "./round";
import { seriesFor } from "./series";
import { spcFor } from "./spc";
import type { Figures, FiguresInput } from "./types";
import { ytdFor } from "./ytd";

export function figuresFor(input: FiguresInput): Figures {
  const { indicator, period } = input;
  const values = indexValues(input.values);
  const withFigures = periodsWithFiguresTo(values, period);
  const current = values.get(period);
  const value = current?.value ?? null;

  const previousPeriod = previousPeriodFor(period, indicator.frequency, withFigures);
  const previous = valueAt(values, previousPeriod);
  const lastYearPeriod = lastYearPeriodFor(period, indicator.frequency, withFigures);
  const lastYear = valueAt(values, lastYearPeriod);
  const direction = directionOf(value, previous);
  const fromPrevious = changeOf(value, previous, indicator.unit);
  const fromLastYear = changeOf(value, lastYear, indicator.unit);

  const ytd = ytdFor({
    aggregation: indicator.aggregation,
    unit: indicator.unit,
    frequency: indicator.frequency,
    period,
    values,
  });
  const last12 = last12Figures(values, period);
  const benchmarkComparisons = benchmarkComparisonsFor(value, input.benchmarks, indicator, period);
  // the target and bands in force in the month (band-sets.ts); the previous figure is rated by its own month's set
  const inForce = bandsAndTargetFor(indicator, period);
  // (`|| 0` turns a −0 target into 0, which survives JSON)
  const target = typeof inForce.target === "number" && Number.isFinite(inForce.target) ? inForce.target || 0 : null;
  const rate = ratePer10kFor(indicator.unit, current?.numerator ?? null, period, input.population ?? {});

  return {
    value,
    previous,
    previousPeriod,
    changeFromPreviousPct: fromPrevious.relativePct,
    changeFromPreviousPoints: fromPrevious.points,
    lastYear,
    lastYearPeriod,
    changeFromLastYearPct: fromLastYear.relativePct,
    changeFromLastYearPoints: fromLastYear.points,
    direction,
    judgement: judgementOf(direction, indicator.polarity),
    rag: ragFor(value, inForce.bands),
    previousRag: ragFor(previous, bandsAndTargetFor(indicator, previousPeriod).bands),
    ytd: ytd.ytd,
    ytdNote: ytd.note,
    ytdMonths: ytd.months,
    ytdMonthsExpected: ytd.expected,
    average12: last12.average,
    max12: last12.max,
    average12Months: last12.months,
    outturns: lastFiveOutturns(input.outturns, period),
    benchmarks: Object.fromEntries(benchmarkComparisons.map((b) => [b.kind, b.value])),
    benchmarkComparisons,
    benchmarksYearEarlier: lastYearPeriod
      ? Object.fromEntries(benchmarkComparisonsFor(lastYear, input.benchmarks, indicator, lastYearPeriod).map((b) => [b.kind, b.value]))
      : {},
    target,
    distanceToTarget: value !== null && target !== null ? tidy(value - target) : null,
    ratePer10k: rate?.rate ?? null,
    ratePopulationYear: rate?.populationYear ?? null,
    revised: current?.revised ?? false,
    series: seriesFor(values, period, indicator.frequency),
    spc: spcFor(
      withFigures.map((p) => ({ period: p, value: values.get(p)!.value! })),
      { polarity: indicator.polarity, target, settings: input.spc },
    ),
  };
}
