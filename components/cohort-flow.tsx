// A cohort, described once as atoms for the indicator page (React) and the
// board paper and public release (HTML strings): a flow of three bands (the
// group; its outcomes side by side, each as wide as its share; each
// outcome's levels under it), each part its colour and named in the legend,
// and the table beside it, which is the chart's data (the chart itself is
// hidden from assistive technology). Hidden cells (`c`) are drawn together
// as one grey part, so no width gives a small number away.
import type { ReactElement } from "react";
import { countCell, headerCell, legendAtom, splitTable, SplitFigure } from "@/components/split-figure";
import type { Atom } from "@/components/ui/atom";
import type { ShownCount } from "@/lib/figures/breakdowns";
import { formatNumber, monthLabel } from "@/lib/format";
import { NOT_KNOWN_LABEL, type CohortView } from "@/lib/views/cohort-view";

/** Colours 3:1 against white and apart from each other; the group is dark, "not yet known" and hidden parts grey. */
const PALETTE = ["#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f"];
const GROUP = "#1d4ed8";
const GREY = "#6b7280";

const WIDTH = 560;
const BAND = 34;
const GAP = 10;

interface Part {
  label: string;
  value: ShownCount | null;
  colour: string;
}

/** Parts laid along [x, x + width]: a shown part as wide as its share of `base`; hidden parts together as one. */
function lay(parts: readonly Part[], base: ShownCount | null, x: number, width: number, y: number): { atoms: Atom[]; spans: { x: number; w: number }[] } {
  if (typeof base !== "number" || base <= 0) return { atoms: [], spans: parts.map(() => ({ x, w: 0 })) };
  const atoms: Atom[] = [];
  const spans: { x: number; w: number }[] = [];
  let at = x;
  let shownSum = 0;
  for (const p of parts) {
    if (typeof p.value !== "number") {
      spans.push({ x: at, w: 0 });
      continue;
    }
    const w = Math.round((p.value / base) * width * 10) / 10;
    spans.push({ x: at, w });
    shownSum += p.value;
    if (w > 0) atoms.push(...block(at, y, w, p.colour, formatNumber(p.value)));
    at += w;
  }
  if (parts.some((p) => p.value === "c") && base > shownSum) atoms.push(...block(at, y, Math.round(((base - shownSum) / base) * width * 10) / 10, GREY, "c"));
  return { atoms, spans };
}

function block(x: number, y: number, w: number, fill: string, text: string): Atom[] {
  const rect: Atom = { tag: "rect", attrs: { x, y, width: w, height: BAND, fill, stroke: "#ffffff", "stroke-width": 1 } };
  return w < 26 ? [rect] : [rect, { tag: "text", attrs: { x: x + w / 2, y: y + BAND / 2 + 4, "text-anchor": "middle", "font-size": 12, fill: "#ffffff", "font-weight": "bold" }, children: [text] }];
}

export function cohortFlow(view: CohortView): Atom {
  const { split } = view;
  const colourOf = new Map(split.outcomes.map((o, i) => [o.key, PALETTE[i % PALETTE.length]]));
  const outcomes: Part[] = [
    ...split.outcomes.map((o) => ({ label: o.label, value: o.value, colour: colourOf.get(o.key)! })),
    ...(split.notKnown !== null && split.notKnown !== 0 ? [{ label: NOT_KNOWN_LABEL, value: split.notKnown, colour: GREY }] : []),
  ];
  const group = typeof split.size === "number" ? block(0, 0, WIDTH, GROUP, `${formatNumber(split.size)} ${view.memberWord}`) : [];
  const second = lay(outcomes, split.size, 0, WIDTH, BAND + GAP);
  const third = split.outcomes.flatMap((o, i) => {
    if (o.levels.length === 0) return [];
    const span = second.spans[i];
    const shades = ["#065f46", "#0f766e", "#4338ca", "#9d174d"];
    const parts: Part[] = [
      ...o.levels.map((l, n) => ({ label: l.label, value: l.value, colour: shades[n % shades.length] })),
      ...(o.levelNotKnown !== null && o.levelNotKnown !== 0 ? [{ label: "Level not recorded", value: o.levelNotKnown, colour: GREY }] : []),
    ];
    return lay(parts, o.value, span.x, span.w, 2 * (BAND + GAP)).atoms;
  });
  const height = 3 * BAND + 2 * GAP;
  const legendItems: Part[] = [
    { label: view.memberWord, value: split.size, colour: GROUP },
    ...outcomes,
    ...split.outcomes.flatMap((o) => o.levels.map((l, n) => ({ label: `${o.label}: ${l.label.toLowerCase()}`, value: l.value, colour: ["#065f46", "#0f766e", "#4338ca", "#9d174d"][n % 4] }))),
  ];
  const legend = legendAtom(legendItems);
  return {
    tag: "div",
    children: [{ tag: "svg", attrs: { viewBox: `0 0 ${WIDTH} ${height}`, class: "h-auto w-full max-w-2xl", "aria-hidden": "true", focusable: "false" }, children: [...group, ...second.atoms, ...third] }, legend],
  };
}

/** The group, its outcomes and their levels: count and share. */
export function cohortTable(view: CohortView, caption: string): Atom {
  const rows = view.rows.map((r) => ({
    header: headerCell(r.depth === 2 ? `of which ${r.label.toLowerCase()}` : r.label, "row", r.depth),
    cells: [countCell(r.value), countCell(r.sharePct, 0)],
  }));
  return splitTable(caption, ["Outcome", "Count", "Share (%)"], rows);
}

export function cohortCaption(view: CohortView, code: string, title: string): string {
  return `${code} ${title}: outcomes by ${monthLabel(view.period)}`;
}

export function CohortFigure({ view, code, title }: { view: CohortView; code: string; title: string }): ReactElement {
  const caption = cohortCaption(view, code, title);
  return <SplitFigure label={caption} heading="Outcomes of the group" sentence={view.sentence} drawing={cohortFlow(view)} table={cohortTable(view, caption)} suppressed={view.suppressed} />;
}
