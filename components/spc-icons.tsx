// NHS "Making Data Count" variation and assurance icons, each with its words:
// the icon is a quick read for those who know the convention, the text is
// the meaning (and what a screen reader hears), from lib/figures/spc-words.
// MDC colours (grey, blue, orange, purple) never rely on red/green.
import type { SpcAssurance, SpcVariation } from "@/lib/figures/types";
import { ASSURANCE_TEXT, NO_SPC_TEXT, RUN_CHART_NOTE, VARIATION_TEXT } from "@/lib/figures/spc-words";

type SpcAssuranceWord = Exclude<SpcAssurance, null>;

export const MDC_COLOURS = {
  common_cause: "#a6a6a6",
  improvement: "#00b0f0",
  concern: "#e46c0a",
  neither: "#490092",
} as const satisfies Record<SpcVariation, string>;

// Every icon is drawn once per page in <SpcIconSprite /> and referenced with
// <use>: a 60-row scorecard shows two icons a row, and repeating the drawing
// in each made the page heavier for no gain. The drawings are one string of
// SVG (cheaper to send than as React elements), which the board paper's own
// HTML (components/snapshot/paper-html.ts) carries too.
const RING = (colour: string) => `<circle cx="10" cy="10" r="8.5" fill="white" stroke="${colour}" stroke-width="2.5"/>`;
const WAVE = (colour: string) => `<path d="M5 10 q2.5 -4 5 0 t5 0" fill="none" stroke="${colour}" stroke-width="2"/>`;
const UP = (colour: string) => `<path d="M10 5 L14.5 12 H5.5 Z" fill="${colour}"/>`;
const DOWN = (colour: string) => `<path d="M10 15 L14.5 8 H5.5 Z" fill="${colour}"/>`;

const SYMBOLS: Record<string, string> = {
  "mdc-common": RING(MDC_COLOURS.common_cause) + WAVE(MDC_COLOURS.common_cause),
  ...Object.fromEntries(
    (["improvement", "concern", "neither"] as const).flatMap((v) => [
      [`mdc-${v}-high`, RING(MDC_COLOURS[v]) + UP(MDC_COLOURS[v])],
      [`mdc-${v}-low`, RING(MDC_COLOURS[v]) + DOWN(MDC_COLOURS[v])],
      [`mdc-${v}`, RING(MDC_COLOURS[v]) + WAVE(MDC_COLOURS[v])],
    ]),
  ),
  "mdc-pass": RING(MDC_COLOURS.improvement) + `<path d="M5.5 10.5 l3 3 l6 -7" fill="none" stroke="${MDC_COLOURS.improvement}" stroke-width="2.2"/>`,
  "mdc-fail": RING(MDC_COLOURS.concern) + `<path d="M6.5 6.5 l7 7 M13.5 6.5 l-7 7" stroke="${MDC_COLOURS.concern}" stroke-width="2.2"/>`,
  "mdc-hit_and_miss": RING(MDC_COLOURS.common_cause) + WAVE("#6b6b6b"),
};

/** The icon drawings as SVG, to put once in a page (or a page's kept HTML). */
export const SPC_SPRITE_HTML =
  `<svg aria-hidden="true" focusable="false" width="0" height="0" class="absolute">` +
  Object.entries(SYMBOLS)
    .map(([id, parts]) => `<symbol id="${id}" viewBox="0 0 20 20">${parts}</symbol>`)
    .join("") +
  `</svg>`;

/** The icon drawings, once per page that shows SPC icons. */
export function SpcIconSprite() {
  return <div aria-hidden="true" className="absolute h-0 w-0 overflow-hidden" dangerouslySetInnerHTML={{ __html: SPC_SPRITE_HTML }} />;
}

function Icon({ id }: { id: string }) {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" className="shrink-0">
      <use href={`#${id}`} />
    </svg>
  );
}

function VariationIcon({ variation, side }: { variation: SpcVariation; side: "high" | "low" | null }) {
  return <Icon id={variation === "common_cause" ? "mdc-common" : side ? `mdc-${variation}-${side}` : `mdc-${variation}`} />;
}

function AssuranceIcon({ assurance }: { assurance: SpcAssuranceWord }) {
  return <Icon id={`mdc-${assurance}`} />;
}

export interface SpcSummaryProps {
  kind: "xmr" | "run";
  variation: SpcVariation | null;
  assurance: SpcAssuranceWord | null;
  side: "high" | "low" | null;
}

/** The variation and assurance of the latest point, icon plus words. */
export function SpcSummary({ kind, variation, assurance, side }: SpcSummaryProps) {
  if (!variation) return <span className="text-gray-600">{NO_SPC_TEXT}</span>;
  const sideText = variation !== "common_cause" && side ? ` (${side})` : "";
  return (
    <span className="flex flex-col gap-1 text-xs">
      <span className="flex items-center gap-1">
        <VariationIcon variation={variation} side={side} />
        <span>
          {VARIATION_TEXT[variation]}
          {sideText}
        </span>
      </span>
      {assurance ? (
        <span className="flex items-center gap-1">
          <AssuranceIcon assurance={assurance} />
          <span>{ASSURANCE_TEXT[assurance]}</span>
        </span>
      ) : null}
      {kind === "run" ? <span className="text-gray-700">{RUN_CHART_NOTE}</span> : null}
    </span>
  );
}

