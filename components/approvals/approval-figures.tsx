// What a manager approves commentary about: the month's figure, its change
// (as boards read it), direction, RAG and the last six months as a sparkline
// with the same figures written out (the sparkline's data).
import { DirectionLabel } from "@/components/direction-label";
import { RagBadge } from "@/components/rag-badge";
import { Sparkline } from "@/components/sparkline";
import { addMonths } from "@/lib/figures/periods";
import { formatChangeLabelled, formatValue, monthLabel, shortMonthLabel } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";

const MONTHS = 6;

export function ApprovalFigures({ row, period }: { row: ScorecardRow | null; period: string }) {
  if (!row) return null;
  const fmt = (v: number | null) => formatValue(v, row.unit, row.decimals);
  const months = Array.from({ length: MONTHS }, (_, i) => addMonths(period, i - MONTHS + 1));
  const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
  const values = months.map((m) => byPeriod.get(m) ?? null);
  return (
    <div className="mt-2 rounded bg-gray-50 p-2 text-sm">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>
          {monthLabel(period)}: <strong className="tabular-nums">{fmt(row.value)}</strong>
        </span>
        <span>{formatChangeLabelled({ unit: row.unit, points: row.changeFromPreviousPoints, relativePct: row.changeFromPreviousPct })}</span>
        <DirectionLabel direction={row.direction} judgement={row.judgement} />
        <RagBadge rag={row.rag} illustrative={row.bandsIllustrative} />
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <Sparkline values={values} width={96} height={24} />
        <span className="text-xs text-gray-800">
          {shortMonthLabel(months[0])} to {shortMonthLabel(months.at(-1)!)}: {values.map(fmt).join(", ")}
        </span>
      </p>
    </div>
  );
}
