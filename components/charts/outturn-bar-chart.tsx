// Year-end figures as bars, drawn as static SVG on the server (no chart
// library sent to the browser): each bar has its figure written above it and
// its year below; the same figures are in the table beside it.
import type { Unit } from "@/lib/figures/types";
import { formatterFor } from "./format-for-unit";

const WIDTH = 560;
const HEIGHT = 224;
const TOP = 22;
const BOTTOM = 24;

export function OutturnBarChart({
  data,
  unit,
  decimals,
}: {
  data: { year: string; Outturn: number }[];
  unit: Unit;
  decimals: number;
}) {
  const format = formatterFor(unit, decimals);
  const max = Math.max(0, ...data.map((d) => d.Outturn));
  const min = Math.min(0, ...data.map((d) => d.Outturn));
  const span = max - min || 1;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + ((max - v) * plot) / span;
  const slot = WIDTH / Math.max(data.length, 1);
  const bar = Math.min(64, slot * 0.6);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-56 w-full" role="presentation" focusable="false">
      <line x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} stroke="#6b7280" strokeWidth={1} />
      {data.map((d, i) => {
        const x = i * slot + (slot - bar) / 2;
        const top = Math.min(y(d.Outturn), y(0));
        return (
          <g key={d.year}>
            <rect x={x} y={top} width={bar} height={Math.max(1, Math.abs(y(d.Outturn) - y(0)))} fill="#1d4ed8" />
            <text x={x + bar / 2} y={top - 6} textAnchor="middle" fontSize={12} fill="#111827">
              {format(d.Outturn)}
            </text>
            <text x={x + bar / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={12} fill="#374151">
              {d.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
