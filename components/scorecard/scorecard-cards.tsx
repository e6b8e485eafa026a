// The scorecard on a phone: one card per indicator with the month's figure,
// its readings in words and the trend, instead of a table too wide to read.
import Link from "next/link";
import { formatChange, formatValue, formatYtd, shortMonthLabel } from "@/lib/format";
import { BenchmarkList } from "../benchmark-list";
import { DirectionLabel } from "../direction-label";
import { RagBadge } from "../rag-badge";
import { Sparkline } from "../sparkline";
import { SpcSummary } from "../spc-icons";
import { indicatorHref } from "../links";
import { CommentaryCell } from "./commentary-cell";
import { TargetCell } from "./target-cell";
import type { ScorecardRow } from "@/lib/queries/scorecard";

export function ScorecardCards({
  period,
  months,
  rows,
  spcSides,
}: {
  period: string;
  months: string[];
  rows: ScorecardRow[];
  spcSides: Record<number, "high" | "low" | null>;
}) {
  return (
    <ul className="space-y-3" aria-label="Indicators">
      {rows.map((row) => {
        const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
        const trend = months.map((m) => byPeriod.get(m) ?? null);
        return (
          <li key={row.id} className="rounded border border-gray-300 bg-white p-3">
            <h2 className="text-base font-semibold">
              <span className="font-mono">{row.code}</span>{" "}
              <Link href={indicatorHref(row.code, period)}>{row.title}</Link>
            </h2>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="text-2xl font-bold tabular-nums">{formatValue(row.value, row.unit, row.decimals)}</span>
              {row.value === null && row.emptyReason ? <span className="text-sm text-gray-800">{row.emptyReason}</span> : null}
              <RagBadge rag={row.rag} illustrative={row.bandsIllustrative} />
              <DirectionLabel direction={row.direction} judgement={row.judgement} />
              <span className="text-sm tabular-nums">{formatChange({ unit: row.unit, points: row.changeFromPreviousPoints, relativePct: row.changeFromPreviousPct })} on last month</span>
              {row.revised ? <span className="text-xs font-semibold text-purple-800">Figure revised</span> : null}
            </div>
            <div className="mt-2 flex items-center gap-2">
              <Sparkline values={trend} width={140} />
              <span className="sr-only">Trend:</span>
              <span className="text-xs text-gray-700">
                {shortMonthLabel(months[0])} to {shortMonthLabel(months.at(-1)!)}:{" "}
                {trend.map((v) => formatValue(v, row.unit, row.decimals)).join(", ")}
              </span>
            </div>
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
              <dt className="text-gray-700">YTD</dt>
              <dd className="tabular-nums">{formatYtd(row, row.unit, row.decimals, row.frequency)}</dd>
              <dt className="text-gray-700">Target</dt>
              <dd>
                <TargetCell target={row.target} distance={row.distanceToTarget} unit={row.unit} decimals={row.decimals} />
              </dd>
              <dt className="text-gray-700">SPC</dt>
              <dd>
                <SpcSummary kind={row.spc.kind} variation={row.spc.variation} assurance={row.spc.assurance} side={spcSides[row.id] ?? null} />
              </dd>
              <dt className="text-gray-700">Benchmarks</dt>
              <dd>
                <BenchmarkList items={row.benchmarkComparisons} unit={row.unit} decimals={row.decimals} />
              </dd>
              <dt className="text-gray-700">Reporter</dt>
              <dd>{row.reporter?.name ?? "Not assigned"}</dd>
            </dl>
            <div className="mt-2">
              <CommentaryCell period={period} id={row.id} code={row.code} commentary={row.commentary} hasFigure={row.hasFigure} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
