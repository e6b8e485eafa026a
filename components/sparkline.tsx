// A tiny trend line for a table row. Decorative (aria-hidden): the figures it
// draws are in the same row's month cells, which are its data table.
export function Sparkline({
  values,
  width = 96,
  height = 28,
}: {
  values: (number | null)[];
  width?: number;
  height?: number;
}) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return <span className="text-xs text-gray-600">Too few figures</span>;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(values.length - 1, 1);
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));
  // A gap in the figures breaks the line rather than joining across a missing month.
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const last = values[lastIndex] as number;
  return (
    <svg aria-hidden="true" focusable="false" width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="overflow-visible">
      {segments.map((points, i) =>
        points.includes(" ") ? (
          <polyline key={i} points={points} fill="none" stroke="#1e40af" strokeWidth="1.5" strokeLinejoin="round" />
        ) : (
          <circle key={i} cx={points.split(",")[0]} cy={points.split(",")[1]} r="1.5" fill="#1e40af" />
        ),
      )}
      <circle cx={x(lastIndex).toFixed(1)} cy={y(last).toFixed(1)} r="2.5" fill="#1e40af" />
    </svg>
  );
}
