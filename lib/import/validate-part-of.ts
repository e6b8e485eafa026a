// The catalogue's `part_of` column (lib/figures/relations.ts), checked across
// the whole file and the indicators already stored: the whole must be a known
// count indicator other than the indicator itself, and parts must not be parts
// of each other in a circle.
import { findPartOfCycle } from "@/lib/figures/relations";
import { quoteCell, type ImportError } from "./errors";
import type { RecordsCheck } from "./kind-rules";
import type { IndicatorRecord } from "./records";

export const checkPartOf: RecordsCheck<IndicatorRecord> = (records, { file, context, columnOf }) => {
  const errors: ImportError[] = [];
  const inFile = new Map(records.map((r) => [r.code, r]));
  const unitOf = (code: string) => inFile.get(code)?.unit ?? context?.indicators.get(code)?.unit;
  const column = columnOf("part_of");
  const graph = new Map<string, string | null | undefined>();
  for (const [code, facts] of context?.indicators ?? []) if (!inFile.has(code)) graph.set(code, facts.partOf);
  for (const r of records) {
    graph.set(r.code, r.partOf);
    if (!r.partOf) continue;
    const cell = quoteCell(r.partOf);
    if (r.partOf === r.code) errors.push({ file, row: r.row, column, reason: `${cell} in column "part_of" is the indicator itself: give the count it is a part of` });
    else if (unitOf(r.partOf) === undefined) errors.push({ file, row: r.row, column, reason: `${cell} in column "part_of" is not a known indicator code` });
    else if (unitOf(r.partOf) !== "count") errors.push({ file, row: r.row, column, reason: `${cell} in column "part_of" is not a count: a part is a subset or a share of a count` });
  }
  if (errors.length) return errors;
  const cycle = findPartOfCycle(graph);
  if (cycle) {
    const row = inFile.get(cycle[0])?.row ?? records[0]?.row ?? 1;
    errors.push({ file, row, column, reason: `the indicators are parts of each other in a circle: ${cycle.join(" → ")}` });
  }
  return errors;
};
