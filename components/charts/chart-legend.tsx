// A chart's key in HTML: a line swatch in each series' colour and its name,
// so the key is text (readable, zoomable) rather than part of the drawing.
// Colours are Tailwind's 500 shades, the ones Tremor draws each named colour in.
export const TREMOR_500: Record<string, string> = {
  blue: "#3b82f6",
  slate: "#64748b",
  purple: "#a855f7",
  amber: "#f59e0b",
  emerald: "#10b981",
  gray: "#6b7280",
};

export function ChartLegend({ items }: { items: { name: string; colour: string; dashed?: boolean }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Chart key">
      {items.map((item) => (
        <li key={item.name} className="flex items-center gap-2">
          <svg aria-hidden="true" width="24" height="8">
            <line x1="0" x2="24" y1="4" y2="4" stroke={TREMOR_500[item.colour] ?? item.colour} strokeWidth="3" />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
