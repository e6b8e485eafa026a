// The month's figures for one indicator: the figure, its change, RAG, year to
// date, target, 12-month figures, SPC and benchmarks, each named in words.
import { BenchmarkList } from "@/components/benchmark-list";
import { DirectionLabel } from "@/components/direction-label";
import { RagBadge } from "@/components/rag-badge";
import { TargetCell } from "@/components/scorecard/target-cell";
import { SpcSummary } from "@/components/spc-icons";
import { Card } from "@/components/ui/card";
import type { Figures, Frequency, Unit } from "@/lib/figures/types";
import { formatChangeLabelled, formatValue, formatYtd, monthLabel, twelveMonthLabel } from "@/lib/format";

export function MonthSummary({
  period,
  figures: f,
  unit,
  decimals,
  frequency,
  bandsIllustrative,
  spcSide,
  emptyReason,
}: {
  period: string;
  figures: Figures;
  unit: Unit;
  decimals: number;
  frequency: Frequency;
  bandsIllustrative: boolean;
  spcSide: "high" | "low" | null;
  /** why the month has no figure, when it is stored blank with a reason */
  emptyReason: string | null;
}) {
  const fmt = (n: number | null) => formatValue(n, unit, decimals);
  return (
    <Card aria-labelledby="month-heading">
      <h2 id="month-heading" className="text-lg font-semibold">
        {monthLabel(period)}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <dt className="text-gray-700">Figure</dt>
          <dd className="text-2xl font-bold tabular-nums">{fmt(f.value)}</dd>
          {f.revised ? <dd className="text-xs font-semibold text-purple-800">Figure revised</dd> : null}
          {f.value === null && emptyReason ? <dd className="text-sm text-gray-800">{emptyReason}</dd> : null}
        </div>
        <div>
          <dt className="text-gray-700">Since {f.previousPeriod ? monthLabel(f.previousPeriod) : "last period"}</dt>
          <dd>
            {formatChangeLabelled({ unit, points: f.changeFromPreviousPoints, relativePct: f.changeFromPreviousPct })} <DirectionLabel direction={f.direction} judgement={f.judgement} />
          </dd>
        </div>
        <div>
          <dt className="text-gray-700">Since a year ago</dt>
          <dd>{formatChangeLabelled({ unit, points: f.changeFromLastYearPoints, relativePct: f.changeFromLastYearPct })}</dd>
        </div>
        <div>
          <dt className="text-gray-700">RAG</dt>
          <dd>
            <RagBadge rag={f.rag} illustrative={bandsIllustrative} />
          </dd>
        </div>
        <div>
          <dt className="text-gray-700">Year to date</dt>
          <dd className="tabular-nums">{formatYtd(f, unit, decimals, frequency)}</dd>
        </div>
        <div>
          <dt className="text-gray-700">Target</dt>
          <dd>
            <TargetCell target={f.target} distance={f.distanceToTarget} unit={unit} decimals={decimals} />
          </dd>
        </div>
        <div>
          <dt className="text-gray-700">{twelveMonthLabel(f, frequency)} average</dt>
          <dd className="tabular-nums">{fmt(f.average12)}</dd>
        </div>
        <div>
          <dt className="text-gray-700">{twelveMonthLabel(f, frequency)} maximum</dt>
          <dd className="tabular-nums">{fmt(f.max12)}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-gray-700">SPC</dt>
          <dd>
            <SpcSummary kind={f.spc.kind} variation={f.spc.variation} assurance={f.spc.assurance} side={spcSide} />
          </dd>
        </div>
        <div className="col-span-2">
          <dt className="text-gray-700">Benchmarks</dt>
          <dd>
            <BenchmarkList items={f.benchmarkComparisons} unit={unit} decimals={decimals} />
          </dd>
        </div>
      </dl>
    </Card>
  );
}
