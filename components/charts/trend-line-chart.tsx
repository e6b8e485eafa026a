// The indicator's figures month by month with its target and benchmark
// lines, drawn as static SVG (like the SPC chart). Each line differs by more
// than colour (WCAG 1.4.1): its own dash pattern and marker shape, and its
// name written at its right-hand end; the colours are 600/700 shades, at
// least 3:1 against the white plot (1.4.11). The same figures are in the table
// that goes with it, and the key (ChartLegend) draws the same looks.
import type { Unit } from "@/lib/figures/types";
import { formatValue } from "@/lib/format";
import { plotScale, ScaleLabels } from "./plot-scale";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross";

export interface SeriesLook {
  colour: string;
  /** SVG stroke-dasharray; none: a solid line */
  dash?: string;
  marker: MarkerShape;
}

const LOOKS: Record<string, SeriesLook> = {
  Value: { colour: "#1d4ed8", marker: "circle" },
  Target: { colour: "#475569", dash: "8 4", marker: "square" },
  England: { colour: "#7e22ce", dash: "2 3", marker: "triangle" },
  "SN average": { colour: "#b45309", dash: "10 3 2 3", marker: "diamond" },
  Region: { colour: "#047857", dash: "4 2", marker: "cross" },
};
const SPARE: SeriesLook[] = [
  { colour: "#be123c", dash: "12 4", marker: "circle" },
  { colour: "#374151", dash: "1 2", marker: "square" },
];

/** How a line of the trend chart is drawn, by its name (the chart and its key agree). */
export function seriesLook(name: string, index = 0): SeriesLook {
  return LOOKS[name] ?? SPARE[index % SPARE.length];
}

export function MarkerSymbol({ shape, x, y, colour }: { shape: MarkerShape; x: number; y: number; colour: string }) {
  switch (shape) {
    case "square":
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill="#ffffff" stroke={colour} strokeWidth={2} />;
    case "triangle":
      return <path d={`M${x} ${y - 4.5} L${x + 4.5} ${y + 3.5} H${x - 4.5} Z`} fill={colour} />;
    case "diamond":
      return <path d={`M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z`} fill="#ffffff" stroke={colour} strokeWidth={2} />;
    case "cross":
      return <path d={`M${x - 4} ${y - 4} L${x + 4} ${y + 4} M${x + 4} ${y - 4} L${x - 4} ${y + 4}`} stroke={colour} strokeWidth={2} />;
    default:
      return <circle cx={x} cy={y} r={3.5} fill={colour} />;
  }
}

const W = 760;
const H = 290;
const M = { top: 16, right: 104, bottom: 36, left: 72 };
/** the least room between two line labels at the right-hand end */
const LABEL_GAP = 13;


export function TrendLineChart({
  title,
  data,
  categories,
  unit,
  decimals,
}: {
  /** what the chart shows, read by screen readers and shown as a tooltip */
  title: string;
  data: Record<string, string | number | null>[];
  categories: string[];
  unit: Unit;
  decimals: number;
}) {
  const numbers = data.flatMap((d) => categories.map((c) => d[c])).filter((v): v is number => typeof v === "number");
  if (data.length === 0 || numbers.length === 0) return <p className="text-sm text-gray-800">No figures to chart yet.</p>;
  const { min, max, plotW, plotH, x, y } = plotScale({ width: W, height: H, margin: M }, data.length, numbers);
  const labelEvery = Math.max(1, Math.ceil(data.length / 12));
  const markEvery = Math.max(1, Math.ceil(data.length / 24));
  const format = (v: number) => formatValue(v, unit, decimals);

  // Each line's name at its last point, nudged apart so two close lines stay readable.
  const ends = categories
    .map((c) => {
      const last = [...data].reverse().find((d) => typeof d[c] === "number");
      return last ? { name: c, at: y(last[c] as number) } : null;
    })
    .filter((e): e is { name: string; at: number } => e !== null)
    .sort((a, b) => a.at - b.at);
  for (let i = 1; i < ends.length; i++) ends[i].at = Math.max(ends[i].at, ends[i - 1].at + LABEL_GAP);

  return (
    <svg role="img" aria-labelledby="trend-chart-title" viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-4xl">
      <title id="trend-chart-title">{title}</title>
      <rect x={M.left} y={M.top} width={plotW} height={plotH} fill="#ffffff" stroke="#9ca3af" />
      {categories.map((c, ci) => {
        const look = seriesLook(c, ci);
        // a gap in the figures is a gap in the line
        const runs: string[][] = [[]];
        data.forEach((d, i) => {
          const v = d[c];
          if (typeof v === "number") runs[runs.length - 1].push(`${x(i)},${y(v)}`);
          else if (runs[runs.length - 1].length) runs.push([]);
        });
        return (
          <g key={c}>
            {runs
              .filter((r) => r.length > 0)
              .map((r, ri) => (
                <polyline key={ri} points={r.join(" ")} fill="none" stroke={look.colour} strokeWidth={2} strokeDasharray={look.dash} strokeLinejoin="round" />
              ))}
            {data.map((d, i) => {
              const v = d[c];
              if (typeof v !== "number") return null;
              // every point of the figure itself; a flat comparison line is marked now and then
              if (c !== "Value" && i % (markEvery * 4) !== 0 && i !== data.length - 1) return null;
              if (c === "Value" && i % markEvery !== 0 && i !== data.length - 1) return null;
              return <MarkerSymbol key={i} shape={look.marker} x={x(i)} y={y(v)} colour={look.colour} />;
            })}
          </g>
        );
      })}
      {ends.map((e) => (
        <text key={e.name} x={W - M.right + 8} y={e.at + 4} fontSize="11" fill={seriesLook(e.name, categories.indexOf(e.name)).colour} fontWeight={600}>
          {e.name}
        </text>
      ))}
      {data.map((d, i) =>
        i % labelEvery === 0 || i === data.length - 1 ? (
          <text key={`m-${i}`} x={x(i)} y={H - M.bottom + 16} fontSize="11" textAnchor="middle" fill="#1f2937">
            {String(d.month ?? "")}
          </text>
        ) : null,
      )}
      <ScaleLabels x={M.left - 8} y={y} max={max} min={min} format={format} />
    </svg>
  );
}
