// A chart's key in HTML: a line swatch in each series' colour and its name,
// so the key is text (readable, zoomable) rather than part of the drawing.
// Colours are Tailwind's 500 shades, the ones Tremor draws each named colour in;
// a line with its own look (./trend-line-chart.tsx) is drawn with it.
import { MarkerSymbol, type SeriesLook } from "./trend-line-chart";

const TREMOR_500: Record<string, string> = {
  blue: "#3b82f6",
  slate: "#64748b",
  purple: "#a855f7",
  amber: "#f59e0b",
  emerald: "#10b981",
  gray: "#6b7280",
};

export function ChartLegend({ items }: { items: { name: string; colour: string; dashed?: boolean; look?: SeriesLook }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Chart key">
      {items.map((item) => {
        // a line drawn with its own dashes and marker (the trend chart) shows them here too
        const colour = item.look?.colour ?? TREMOR_500[item.colour] ?? item.colour;
        return (
          <li key={item.name} className="flex items-center gap-2">
            <svg aria-hidden="true" width="28" height="12">
              <line x1="0" x2="28" y1="6" y2="6" stroke={colour} strokeWidth={item.look ? 2 : 3} strokeDasharray={item.look?.dash ?? (item.dashed ? "6 3" : undefined)} />
              {item.look ? <MarkerSymbol shape={item.look.marker} x={14} y={6} colour={colour} /> : null}
            </svg>
            {item.name}
          </li>
        );
      })}
    </ul>
  );
}
