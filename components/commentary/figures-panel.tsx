// The figures beside the editor, so the writer sees the data they write about.
import { BenchmarkList } from "@/components/benchmark-list";
import { DirectionLabel } from "@/components/direction-label";
import { RagBadge } from "@/components/rag-badge";
import { Sparkline } from "@/components/sparkline";
import { formatChangeLabelled, formatValue, monthLabel, shortMonthLabel } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import { TableHead } from "@/components/ui/table";


export function FiguresPanel({ figures: f }: { figures: ScorecardRow & { period: string } }) {
  const fmt = (v: number | null) => formatValue(v, f.unit, f.decimals);
  return (
    <section aria-labelledby="figures-heading" className="rounded border border-gray-300 bg-white p-4">
      <h2 id="figures-heading" className="text-lg font-bold">
        The figures
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{monthLabel(f.period)}</dt>
        <dd>
          {fmt(f.value)}
          {f.revised ? <span className="ml-2 text-xs text-gray-700">(revised)</span> : null}
        </dd>
        <dt className="font-semibold">{f.previousPeriod ? monthLabel(f.previousPeriod) : "Previous"}</dt>
        <dd>{fmt(f.previous)}</dd>
        <dt className="font-semibold">Change</dt>
        <dd>{formatChangeLabelled({ unit: f.unit, points: f.changeFromPreviousPoints, relativePct: f.changeFromPreviousPct })}</dd>
        <dt className="font-semibold">Direction</dt>
        <dd>
          <DirectionLabel direction={f.direction} judgement={f.judgement} />
        </dd>
        <dt className="font-semibold">RAG</dt>
        <dd>
          <RagBadge rag={f.rag} illustrative={f.bandsIllustrative} />
        </dd>
        <dt className="font-semibold">Target</dt>
        <dd>{f.target === null ? "None set" : fmt(f.target)}</dd>
      </dl>
      <h3 className="mt-4 font-semibold">Last 12 months</h3>
      <div className="mt-1">
        <Sparkline values={f.series.map((s) => s.value)} width={240} height={48} />
      </div>
      <table className="mt-2 w-full text-xs">
        <caption className="sr-only">Figures for the last 12 months</caption>
        <TableHead columns={[{ label: "Month", className: "text-left" }, { label: "Figure", className: "text-right" }]} />
        <tbody>
          {f.series.map((s) => (
            <tr key={s.period}>
              <th scope="row" className="text-left font-normal">
                {shortMonthLabel(s.period)}
              </th>
              <td className="text-right">{fmt(s.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-4 font-semibold">Benchmarks</h3>
      <div className="mt-1">
        <BenchmarkList items={f.benchmarkComparisons} unit={f.unit} decimals={f.decimals} />
      </div>
    </section>
  );
}
