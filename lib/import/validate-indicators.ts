// indicators.csv: the catalogue (docs/data-formats.md).

import { parseWholeNumber, parseYesNo } from "./cells";
import { INDICATOR_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import type { KindRules } from "./kind-rules";
import { checkFormulas, readFormulaCell } from "./validate-formulas";
import { checkPartOf } from "./validate-part-of";
import type { IndicatorRecord } from "./records";
import type { RowReader } from "./row-reader";
import { AGGREGATIONS, FREQUENCIES, POLARITIES, SERVICE_KEYS, UNITS } from "./vocabulary";

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

function readIndicator(r: RowReader): IndicatorRecord | null {
  const code = r.text("code", true);
  const title = r.text("title", true);
  const service = r.word("service", SERVICE_KEYS, true);
  const polarity = r.word("polarity", POLARITIES, true);
  const unit = r.word("unit", UNITS, true);
  const aggregation = r.word("aggregation", AGGREGATIONS, true);
  const decimals = r.read("decimals", (text) => parseWholeNumber(text, 0, MAX_DECIMALS));
  const frequency = r.word("frequency", FREQUENCIES);
  const greenMin = r.number("green_min");
  const greenMax = r.number("green_max");
  const amberMin = r.number("amber_min");
  const amberMax = r.number("amber_max");
  const target = r.number("target");
  const outcome = r.text("outcome");
  const definition = r.text("definition");
  const owner = r.email("owner");
  const reporter = r.email("reporter");
  const councilPlan = r.read("council_plan", parseYesNo);
  const formula = r.read("formula", readFormulaCell);
  const partOf = r.text("part_of");
  checkBands(r, { greenMin, greenMax, amberMin, amberMax });

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
    greenMin,
    greenMax,
    amberMin,
    amberMax,
    target,
    outcome,
    definition,
    owner,
    reporter,
    councilPlan: councilPlan ?? false,
    formula,
    partOf,
  };
}

interface Bands {
  greenMin: number | null;
  greenMax: number | null;
  amberMin: number | null;
  amberMax: number | null;
}

/**
 * Band sanity. Each band's lower bound must not exceed its upper bound. An
 * amber band needs a green band beside it: with both green bounds blank the
 * green band would be unbounded and every value green. The amber band need
 * not contain the green one ("23% to 26% amber" beside "below 23% green" is
 * amber_min=23, amber_max=26), since green is checked first; nor must the
 * two touch, since for whole counts "14 to 20 green, 21 to 22 amber" leaves
 * no real gap.
 */
function checkBands(r: RowReader, bands: Bands): void {
  const { greenMin, greenMax, amberMin, amberMax } = bands;
  if (greenMin !== null && greenMax !== null && greenMin > greenMax) {
    r.report("green_max", `green_max (${greenMax}) is less than green_min (${greenMin})`);
  }
  if (amberMin !== null && amberMax !== null && amberMin > amberMax) {
    r.report("amber_max", `amber_max (${amberMax}) is less than amber_min (${amberMin})`);
  }
  // Judged on the cells, not the parsed numbers: an unreadable green cell has
  // been reported already and is not "no green band".
  const greenBlank = r.isBlank("green_min") && r.isBlank("green_max");
  if ((amberMin !== null || amberMax !== null) && greenBlank) {
    r.report(
      amberMin !== null ? "amber_min" : "amber_max",
      "an amber band is given without a green band; set green_min or green_max too",
    );
  }
}
