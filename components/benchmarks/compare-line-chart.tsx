// "How we compare": the authority, England, the SN average and each
// neighbour year by year, drawn as static SVG on the server (no chart library
// sent to the browser, so the indicator page's first-load script stays small).
// The colours are the key's (ChartLegend); the same figures are in the table
// below the chart, and the chart itself is hidden from assistive technology.
import { formatterFor } from "@/components/charts/format-for-unit";
import { plotScale, ScaleLabels } from "@/components/charts/plot-scale";
import type { Unit } from "@/lib/figures/types";

/** The key's colour names as the lines draw them (600/700 shades, 3:1 or more on white). */
const COLOURS: Record<string, string> = {
  blue: "#1d4ed8",
  purple: "#7e22ce",
  amber: "#b45309",
  gray: "#9ca3af",
  slate: "#64748b",
  emerald: "#047857",
  rose: "#be123c",
};

const W = 760;
const H = 288;
const M = { top: 12, right: 16, bottom: 28, left: 72 };

export function CompareLineChart({
  data,
  categories,
  colors,
  unit,
  decimals,
}: {
  data: Record<string, string | number | null>[];
  categories: string[];
  colors: string[];
  unit: Unit;
  decimals: number;
}) {
  const numbers = data.flatMap((d) => categories.map((c) => d[c])).filter((v): v is number => typeof v === "number");
  if (data.length === 0 || numbers.length === 0) return null;
  const format = formatterFor(unit, decimals);
  const { min, max, plotW, plotH, x, y } = plotScale({ width: W, height: H, margin: M }, data.length, numbers, 0);
  // the neighbours first, so the authority, England and the SN average are drawn on top
  const order = categories.map((c, i) => ({ c, colour: COLOURS[colors[i]] ?? COLOURS.gray, i })).reverse();
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-72 w-full" role="presentation" focusable="false">
      <rect x={M.left} y={M.top} width={plotW} height={plotH} fill="#ffffff" stroke="#d1d5db" />
      {order.map(({ c, colour, i }) => {
        const runs: string[][] = [[]];
        data.forEach((d, k) => {
          const v = d[c];
          if (typeof v === "number") runs[runs.length - 1].push(`${x(k).toFixed(1)},${y(v).toFixed(1)}`);
          else if (runs[runs.length - 1].length) runs.push([]);
        });
        return runs
          .filter((r) => r.length > 0)
          .map((r, ri) =>
            r.length === 1 ? (
              <circle key={`${i}-${ri}`} cx={r[0].split(",")[0]} cy={r[0].split(",")[1]} r={2.5} fill={colour} />
            ) : (
              <polyline key={`${i}-${ri}`} points={r.join(" ")} fill="none" stroke={colour} strokeWidth={i < 3 ? 2.5 : 1.25} strokeLinejoin="round" />
            ),
          );
      })}
      {data.map((d, k) => (
        <text key={`y-${k}`} x={x(k)} y={H - 8} fontSize="11" textAnchor="middle" fill="#1f2937">
          {String(d.year ?? "")}
        </text>
      ))}
      <ScaleLabels x={M.left - 8} y={y} max={max} min={min} format={format} />
    </svg>
  );
}
