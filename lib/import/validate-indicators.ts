// indicators.csv: the catalogue (docs/data-formats.md).

import { bandProblems } from "@/lib/figures/band-checks";
import type { Bands, Polarity } from "@/lib/figures/types";
import { parseWholeNumber, parseYesNo } from "./cells";
import { INDICATOR_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import type { ImportContext } from "./context";
import type { KindRules } from "./kind-rules";
import { checkFormulas, readFormulaCell } from "./validate-formulas";
import { checkPartOf } from "./validate-part-of";
import type { IndicatorRecord } from "./records";
import type { RowReader } from "./row-reader";
import { defaultBasis } from "@/lib/benchmarks/kind";
import { AGGREGATIONS, BASES, FREQUENCIES, POLARITIES, SERVICE_KEYS, UNITS } from "./vocabulary";

/** Digits shown are capped: beyond 6 a figure is noise, and a typo like 10 is likelier. */
const MAX_DECIMALS = 6;

export const indicatorRules: KindRules<IndicatorRecord> = {
  columns: INDICATOR_COLUMNS,
  required: REQUIRED_COLUMNS.indicators,
  keyColumns: ["code"],
  needsIndicators: false,
  readRow: readIndicator,
  checkRecords: (records, where) => [...checkFormulas(records, where), ...checkPartOf(records, where)],
};

function readIndicator(r: RowReader, _codes: unknown, context: ImportContext | null): IndicatorRecord | null {
  const code = r.text("code", true);
  const title = r.text("title", true);
  const areas = context?.serviceAreas ?? { active: SERVICE_KEYS, retired: [] };
  const service = r.word("service", [...areas.active, ...areas.retired], true);
  // a retired area keeps the indicators it holds but takes no new ones
  if (service !== null && code !== null && areas.retired.includes(service) && !context?.indicators.has(code)) {
    r.report("service", `the service area "${service}" is retired: it takes no new indicators; choose one in use`);
  }
  const polarity = r.word("polarity", POLARITIES, true);
  const unit = r.word("unit", UNITS, true);
  const aggregation = r.word("aggregation", AGGREGATIONS, true);
  const decimals = r.read("decimals", (text) => parseWholeNumber(text, 0, MAX_DECIMALS));
  const frequency = r.word("frequency", FREQUENCIES);
  const basis = r.word("basis", BASES);
  const greenMin = r.number("green_min");
  const greenMax = r.number("green_max");
  const amberMin = r.number("amber_min");
  const amberMax = r.number("amber_max");
  const target = r.number("target");
  const effectiveFrom = r.period("effective_from");
  const outcome = r.text("outcome");
  const definition = r.text("definition");
  const owner = r.email("owner");
  const reporter = r.email("reporter");
  const councilPlan = r.read("council_plan", parseYesNo);
  const formula = r.read("formula", readFormulaCell);
  const partOf = r.text("part_of");
  checkBands(r, { greenMin, greenMax, amberMin, amberMax }, polarity);

  if (r.hasErrors || code === null || title === null || service === null) return null;
  if (polarity === null || unit === null || aggregation === null) return null;
  return {
    row: r.line,
    code,
    title,
    service,
    polarity,
    unit,
    aggregation,
    decimals: decimals ?? (unit === "count" ? 0 : 1),
    frequency: frequency ?? "monthly",
    basis: basis ?? defaultBasis({ frequency: frequency ?? "monthly", aggregation, unit }),
    greenMin,
    greenMax,
    amberMin,
    amberMax,
    target,
    effectiveFrom,
    outcome,
    definition,
    owner,
    reporter,
    councilPlan: councilPlan ?? false,
    formula,
    partOf,
  };
}

const BAND_COLUMNS = { greenMin: "green_min", greenMax: "green_max", amberMin: "amber_min", amberMax: "amber_max" } as const;

/**
 * Band sanity, by the same rules as the catalogue editor (lib/figures/band-checks.ts),
 * each problem reported against its column. An unreadable bound has been
 * reported already: the set is not judged as if that bound were blank.
 */
function checkBands(r: RowReader, bands: Bands, polarity: Polarity | null): void {
  const unreadable = (Object.keys(BAND_COLUMNS) as (keyof Bands)[]).some((k) => bands[k] === null && !r.isBlank(BAND_COLUMNS[k]));
  if (unreadable) return;
  for (const p of bandProblems(bands, polarity)) r.report(BAND_COLUMNS[p.field], p.message);
}
