// An XmR (or run) chart drawn as static SVG: the figures, the mean, the
// process limits and two-sigma lines, and special-cause points marked by
// colour and shape (MDC colours; shape so colour is never the only signal).
// The same figures, with each point's reading in words, are in the table
// that goes with it. No interaction, so it stays a server component.
import type { SpcResult } from "@/lib/figures/types";
import type { SpcChartView } from "@/lib/views/indicator-charts";
import { markerKeyText } from "@/lib/figures/spc-words";
import { MDC_COLOURS } from "../spc-icons";
import { plotScale, ScaleLabels } from "./plot-scale";

type SpcChartPoint = SpcChartView["points"][number];

const W = 760;
const H = 280;
const M = { top: 16, right: 96, bottom: 36, left: 64 };

function Marker({ x, y, special }: { x: number; y: number; special: SpcChartPoint["special"] }) {
  if (special === "improvement") return <circle cx={x} cy={y} r={6} fill={MDC_COLOURS.improvement} stroke="#00384d" strokeWidth={1} />;
  if (special === "concern") return <rect x={x - 5.5} y={y - 5.5} width={11} height={11} fill={MDC_COLOURS.concern} stroke="#5c2a00" strokeWidth={1} />;
  if (special === "neither") return <path d={`M${x} ${y - 7} L${x + 6.5} ${y + 5} H${x - 6.5} Z`} fill={MDC_COLOURS.neither} />;
  return <circle cx={x} cy={y} r={3.5} fill="#6b6b6b" />;
}

export function SpcChart({
  title,
  points,
  limits: { mean, upper, lower, upperTwoSigma, lowerTwoSigma },
  target = null,
  format,
}: {
  title: string;
  points: SpcChartPoint[];
  /** the mean, the process limits and the two-sigma lines, as the SPC reading worked them out */
  limits: Pick<SpcResult, "mean" | "upper" | "lower" | "upperTwoSigma" | "lowerTwoSigma">;
  /** drawn so the assurance reading (target against the limits) can be seen */
  target?: number | null;
  format: (n: number) => string;
}) {
  if (points.length === 0) return <p className="text-sm text-gray-800">No figures to chart yet.</p>;
  const lines = [mean, upper, lower, upperTwoSigma, lowerTwoSigma, target].filter((v): v is number => v !== null);
  const all = [...points.map((p) => p.value), ...lines];
  const { min, max, plotW, plotH, x, y } = plotScale({ width: W, height: H, margin: M }, points.length, all);
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  const hline = (value: number | null, label: string, dash: string | undefined, colour: string) =>
    value === null ? null : (
      <g key={label}>
        <line x1={M.left} x2={W - M.right} y1={y(value)} y2={y(value)} stroke={colour} strokeWidth={1.5} strokeDasharray={dash} />
        <text x={W - M.right + 6} y={y(value) + 4} fontSize="11" fill="#1f2937">
          {label} {format(value)}
        </text>
      </g>
    );
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-4xl">
      <rect x={M.left} y={M.top} width={plotW} height={plotH} fill="#ffffff" stroke="#d1d5db" />
      {hline(upper, "Upper", "6 4", "#4b5563")}
      {hline(lower, "Lower", "6 4", "#4b5563")}
      {hline(upperTwoSigma, "", "2 4", "#9ca3af")}
      {hline(lowerTwoSigma, "", "2 4", "#9ca3af")}
      {hline(mean, "Mean", undefined, "#111827")}
      {hline(target, "Target", "10 3 2 3", "#7e22ce")}
      <polyline
        points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ")}
        fill="none"
        stroke="#6b7280"
        strokeWidth={1.5}
      />
      {points.map((p, i) => (
        <Marker key={p.period} x={x(i)} y={y(p.value)} special={p.special} />
      ))}
      {points.map((p, i) =>
        i % labelEvery === 0 || i === points.length - 1 ? (
          <text key={`l-${p.period}`} x={x(i)} y={H - M.bottom + 16} fontSize="11" textAnchor="middle" fill="#1f2937">
            {p.label}
          </text>
        ) : null,
      )}
      <ScaleLabels x={M.left - 8} y={y} max={max} min={min} format={format} />
    </svg>
  );
}

/** The key to the chart's markers, so the shapes and colours are explained in words. */
export function SpcLegend({ withTarget = false }: { withTarget?: boolean }) {
  const item = (special: SpcChartPoint["special"], text: string) => (
    <li className="flex items-center gap-2">
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
        <Marker x={8} y={8.5} special={special} />
      </svg>
      {text}
    </li>
  );
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Chart key">
      {item(null, markerKeyText("common_cause"))}
      {item("improvement", markerKeyText("improvement"))}
      {item("concern", markerKeyText("concern"))}
      {item("neither", markerKeyText("neither"))}
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="24" height="8">
          <line x1="0" x2="24" y1="4" y2="4" stroke="#4b5563" strokeWidth="1.5" strokeDasharray="6 4" />
        </svg>
        Process limits (mean ± 2.66 × mean moving range)
      </li>
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="24" height="8">
          <line x1="0" x2="24" y1="4" y2="4" stroke="#9ca3af" strokeWidth="1.5" strokeDasharray="2 4" />
        </svg>
        Two-sigma lines
      </li>
      {withTarget ? (
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="24" height="8">
            <line x1="0" x2="24" y1="4" y2="4" stroke="#7e22ce" strokeWidth="1.5" strokeDasharray="10 3 2 3" />
          </svg>
          Target
        </li>
      ) : null}
    </ul>
  );
}
