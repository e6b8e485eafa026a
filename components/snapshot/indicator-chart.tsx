// A board paper's small multiple: twelve months of one indicator drawn as
// static SVG on the server (the page reads without JavaScript and the PDF
// has it), with the target, the SPC centre line and process limits, and
// special-cause points marked by colour and shape (MDC colours; the shape so
// colour is never the only signal). Under it, the reading in words where it
// says something, and the figures as a table (every chart has one).
import { RAG_STYLES } from "@/components/rag-badge";
import { MDC_COLOURS, SpcSignal } from "@/components/spc-icons";
import { formatValue } from "@/lib/format";
import type { IndicatorChartView } from "@/lib/snapshots/chart-view";
import { StackedTable } from "@/components/ui/stacked-table";

const W = 320;
const H = 150;
const M = { top: 10, right: 10, bottom: 22, left: 46 };

function Marker({ x, y, special }: { x: number; y: number; special: IndicatorChartView["points"][number]["special"] }) {
  if (special === "improvement") return <circle cx={x} cy={y} r={4.5} fill={MDC_COLOURS.improvement} stroke="#00384d" strokeWidth={1} />;
  if (special === "concern") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={MDC_COLOURS.concern} stroke="#5c2a00" strokeWidth={1} />;
  if (special === "neither") return <path d={`M${x} ${y - 5} L${x + 5} ${y + 4} H${x - 5} Z`} fill={MDC_COLOURS.neither} />;
  return <circle cx={x} cy={y} r={2.2} fill="#1e3a8a" />;
}

function ChartSvg({ chart }: { chart: IndicatorChartView }) {
  const drawn = chart.points.filter((p) => p.value !== null);
  if (drawn.length === 0) return <p className="text-sm text-gray-800">No figures to chart.</p>;
  const lines = [chart.target, chart.spc?.mean ?? null, chart.spc?.upper ?? null, chart.spc?.lower ?? null].filter((v): v is number => v !== null);
  const all = [...drawn.map((p) => p.value as number), ...lines];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.1;
  min -= pad;
  max += pad;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = chart.points.length;
  const x = (i: number) => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + ((max - v) * plotH) / (max - min);
  const fmt = (v: number) => formatValue(v, chart.unit, Math.abs(max - min) < 10 ? 1 : 0);
  // A gap (missing or suppressed month) breaks the line.
  const segments: string[][] = [];
  let current: string[] = [];
  chart.points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current);
  const hLine = (v: number | null, props: React.SVGProps<SVGLineElement>) =>
    v === null ? null : <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} {...props} />;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={chart.summary} focusable="false">
      <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="#6b7280" />
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#6b7280" />
      <text x={M.left - 4} y={M.top + 4} textAnchor="end" fontSize="9" fill="#374151">{fmt(max - pad)}</text>
      <text x={M.left - 4} y={H - M.bottom} textAnchor="end" fontSize="9" fill="#374151">{fmt(min + pad)}</text>
      <text x={M.left} y={H - 6} fontSize="9" fill="#374151">{chart.points[0].label}</text>
      <text x={W - M.right} y={H - 6} textAnchor="end" fontSize="9" fill="#374151">{chart.points[n - 1].label}</text>
      {hLine(chart.spc?.upper ?? null, { stroke: "#9ca3af", strokeDasharray: "4 3" })}
      {hLine(chart.spc?.lower ?? null, { stroke: "#9ca3af", strokeDasharray: "4 3" })}
      {hLine(chart.spc?.mean ?? null, { stroke: "#9ca3af" })}
      {hLine(chart.target, { stroke: "#111827", strokeDasharray: "7 3", strokeWidth: 1.5 })}
      {segments.map((points, i) => (
        <polyline key={i} points={points.join(" ")} fill="none" stroke="#1e3a8a" strokeWidth={1.8} strokeLinejoin="round" />
      ))}
      {chart.points.map((p, i) => (p.value === null ? null : <Marker key={p.period} x={x(i)} y={y(p.value)} special={p.special} />))}
    </svg>
  );
}

export function IndicatorChart({ chart, headingLevel = 3, print = false }: { chart: IndicatorChartView; headingLevel?: 3 | 4; print?: boolean }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const rag = chart.rag;
  const table = (
    <StackedTable
      caption={`${chart.code} ${chart.title}: the figures charted`}
      headers={chart.table.headers}
      rows={chart.table.rows}
      compact
    />
  );
  return (
    <figure className="paper-chart flex flex-col gap-1 rounded border border-gray-300 bg-white p-3">
      <Heading className="text-sm font-semibold leading-snug">
        <span className="font-mono">{chart.code}</span> {chart.title}
      </Heading>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-lg font-bold tabular-nums">{chart.latest}</span>
        {rag === "c" ? <span>RAG c</span> : rag ? (
          <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${RAG_STYLES[rag].className}`}>
            <span aria-hidden="true">{RAG_STYLES[rag].shape}</span>
            {RAG_STYLES[rag].label}
            {chart.bandsIllustrative ? <span className="font-normal">*</span> : null}
          </span>
        ) : null}
        {chart.targetText ? <span className="text-gray-800">target {chart.targetText}</span> : null}
      </p>
      <div className={print ? "paper-chart-body" : ""}>
        <ChartSvg chart={chart} />
        {print ? table : null}
      </div>
      <SpcSignal variation={chart.variation} assurance={chart.assurance} side={chart.side} />
      {print ? null : (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-blue-800 underline">Figures as a table</summary>
          <div className="mt-1">{table}</div>
        </details>
      )}
    </figure>
  );
}
