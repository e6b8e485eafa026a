// A tiny trend line for a table row, described once (`sparkline`) for
// <Sparkline> and the kept scorecard table. Decorative (aria-hidden): the
// figures it draws are in the same row's month cells, which are its data table.
import { atomElement, type Atom } from "@/components/ui/atom";
import { mutedText } from "./rag-badge";

const LINE = "#1e40af";
const tenth = (n: number) => Math.round(n * 10) / 10;

export function sparkline(values: (number | null)[], { width = 96, height = 28 }: { width?: number; height?: number } = {}): Atom {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return mutedText("Too few figures", "text-xs text-gray-600");
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = 2;
  const x = (i: number) => tenth(pad + (i * (width - 2 * pad)) / Math.max(values.length - 1, 1));
  const y = (v: number) => tenth(max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));
  const dot = (i: number, v: number, r: number): Atom => ({ tag: "circle", attrs: { cx: x(i), cy: y(v), r, fill: LINE } });
  // A gap in the figures breaks the line rather than joining across a missing month.
  const parts: Atom[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 1) parts.push({ tag: "polyline", attrs: { points: run.map((i) => `${x(i)},${y(values[i]!)}`).join(" "), fill: "none", stroke: LINE, "stroke-width": 1.5, "stroke-linejoin": "round" } });
    else if (run.length === 1) parts.push(dot(run[0], values[run[0]]!, 1.5));
    run = [];
  };
  values.forEach((v, i) => (v === null ? flush() : run.push(i)));
  flush();
  let last = values.length - 1;
  while (values[last] === null) last--;
  parts.push(dot(last, values[last]!, 2.5));
  return { tag: "svg", attrs: { "aria-hidden": "true", focusable: "false", width, height, viewBox: `0 0 ${width} ${height}`, class: "overflow-visible" }, children: parts };
}

export function Sparkline({ values, width, height }: { values: (number | null)[]; width?: number; height?: number }) {
  return atomElement(sparkline(values, { width, height }));
}
