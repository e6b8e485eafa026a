// The indicator page's charts, each with its figures as a table below it.
// The data comes ready from lib/views/indicator-charts; these only draw.
import { ChartData } from "@/components/chart-data";
import { ChartLegend } from "@/components/charts/chart-legend";
import { OutturnBarChart } from "@/components/charts/outturn-bar-chart";
import { SpcChart, SpcLegend } from "@/components/charts/spc-chart";
import { seriesLook, TrendLineChart } from "@/components/charts/trend-line-chart";
import { cardClass } from "@/components/ui/card";
import type { OutturnChart, SpcChartView, TrendChart } from "@/lib/views/indicator-charts";
import type { SpcResult, Unit } from "@/lib/figures/types";
import { BENCHMARK_TEXT, type BenchmarkKind } from "@/lib/figures/vocabulary";
import { formatValue, monthLabel } from "@/lib/format";
import { TableHead } from "@/components/ui/table";

const section = cardClass({ className: "print:break-inside-avoid" });

interface Shown {
  code: string;
  unit: Unit;
  decimals: number;
}

export function TrendSection({ chart, code, unit, decimals, period, hasTarget }: Shown & { chart: TrendChart; period: string; hasTarget: boolean }) {
  return (
    <section aria-labelledby="trend-heading" className={section}>
      <h2 id="trend-heading" className="text-lg font-semibold">
        Month by month
      </h2>
      <p className="text-sm text-gray-800">
        {chart.data.length} months to {monthLabel(period)}
        {hasTarget ? ", with the target" : ""}
        {chart.comparators.length ? `, and ${chart.comparators.join(", ")} for comparison` : ""}.
      </p>
      <div className="mt-2">
        <ChartLegend items={chart.categories.map((c, i) => ({ name: c, colour: seriesLook(c, i).colour, look: seriesLook(c, i) }))} />
      </div>
      <div className="mt-2">
        <TrendLineChart
          title={`${code} month by month${hasTarget ? ", with the target" : ""}: each line is named at its end, and every figure is in the table below`}
          data={chart.data}
          categories={chart.categories}
          unit={unit}
          decimals={decimals}
        />
      </div>
      <ChartData caption={`${code} month by month`} headers={chart.table.headers} rows={chart.table.rows} />
    </section>
  );
}

export function SpcSection({ view, spc, target, code, unit, decimals }: Shown & { view: SpcChartView; spc: SpcResult; target: number | null }) {
  return (
    <section aria-labelledby="spc-heading" className={section}>
      <h2 id="spc-heading" className="text-lg font-semibold">
        Statistical process control
      </h2>
      <p className="text-sm text-gray-800">{view.summary}</p>
      <div className="mt-2">
        <SpcChart
          title={`SPC chart for ${code}: each point's reading is in the table below`}
          points={view.points}
          limits={spc}
          target={target}
          format={(n) => formatValue(n, unit, decimals)}
        />
      </div>
      <SpcLegend withTarget={target !== null} />
      <p className="mt-2 text-xs text-gray-700">
        Reading SPC: NHS England, &quot;Making Data Count&quot;. Points inside the limits with no pattern are common cause (the usual
        noise); a point outside a limit, a run of {spc.runLength} on one side of the mean, a trend of {spc.runLength}, or two of three
        beyond two sigma is special cause, and is marked improvement or concern by the indicator&apos;s polarity.
      </p>
      <ChartData caption={`${code} SPC points`} headers={view.table.headers} rows={view.table.rows} />
    </section>
  );
}

export function OutturnSection({
  chart,
  benchmarks,
  code,
  unit,
  decimals,
}: Shown & { chart: OutturnChart; benchmarks: { kind: BenchmarkKind; year: string; value: number }[] }) {
  return (
    <section aria-labelledby="outturn-heading" className={section}>
      <h2 id="outturn-heading" className="text-lg font-semibold">
        Year-end outturns and benchmarks
      </h2>
      {chart.data.length === 0 ? (
        <p className="text-sm text-gray-800">No outturns have been loaded for this indicator.</p>
      ) : (
        <>
          <div aria-hidden="true" className="mt-2 max-w-2xl">
            <OutturnBarChart data={chart.data} unit={unit} decimals={decimals} />
          </div>
          <ChartData caption={`${code} outturns`} headers={chart.table.headers} rows={chart.table.rows} />
        </>
      )}
      <h3 className="mt-4 font-semibold">Benchmarks loaded</h3>
      {benchmarks.length === 0 ? (
        <p className="text-sm text-gray-800">None loaded.</p>
      ) : (
        <table className="mt-1 text-sm">
          <caption className="sr-only">{code} benchmarks</caption>
          <TableHead rowClassName="text-left" columns={[{ label: "Comparator", className: "pr-4" }, { label: "Year", className: "pr-4" }, { label: "Figure", className: "text-right" }]} />
          <tbody>
            {benchmarks.map((b) => (
              <tr key={`${b.kind}-${b.year}`}>
                <th scope="row" className="pr-4 text-left font-normal">{BENCHMARK_TEXT[b.kind]}</th>
                <td className="pr-4">{b.year}</td>
                <td className="text-right tabular-nums">{formatValue(b.value, unit, decimals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
