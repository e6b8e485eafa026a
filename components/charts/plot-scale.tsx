// The scales of the small SVG line charts (the trend, the SPC chart, the
// benchmark comparison): points spread evenly across the plot, values up it,
// and the two labels of the value axis.

export interface PlotBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * Scales for `count` points across the plot and `values` up it. The values'
 * lowest and highest (one either side when they are all the same) are the
 * labelled ends of the axis; the plot reaches `pad` of that range beyond them
 * each way, so no point sits on the frame.
 */
export function plotScale(box: PlotBox, count: number, values: number[], pad = 0.08) {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const lo = min - (max - min) * pad;
  const hi = max + (max - min) * pad;
  const plotW = box.width - box.margin.left - box.margin.right;
  const plotH = box.height - box.margin.top - box.margin.bottom;
  return {
    min,
    max,
    plotW,
    plotH,
    x: (i: number) => box.margin.left + (count === 1 ? plotW / 2 : (i * plotW) / (count - 1)),
    y: (v: number) => box.margin.top + ((hi - v) * plotH) / (hi - lo),
  };
}

/** The scale's two labels, left of the plot beside its highest and lowest values. */
export function ScaleLabels({ x, y, max, min, format }: { x: number; y: (v: number) => number; max: number; min: number; format: (v: number) => string }) {
  return (
    <>
      <text x={x} y={y(max) + 4} fontSize="11" textAnchor="end" fill="#1f2937">
        {format(max)}
      </text>
      <text x={x} y={y(min) + 4} fontSize="11" textAnchor="end" fill="#1f2937">
        {format(min)}
      </text>
    </>
  );
}
