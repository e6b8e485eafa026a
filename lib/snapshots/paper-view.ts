// The board paper as the reader meets it, story first: at a glance (each
// service's RAG counts, what got better or worse since the last meeting, new
// reds) with the featured indicators as small multiples; each theme with its
// narrative and a chart of the indicators it cites; the children's voice;
// since the last meeting; and the service tables as an appendix. One view for
// the page, the draft preview, the print view and the PDF (and, built for the
// public audience, the public release): only the frame around it differs.
//
// The public view is built from the figures alone, suppressed
// (./public-release.ts), plus the paper's public text: commentary,
// highlights and quotes are written for internal readers and are never read
// into it. Pure.
import { directionOf, judgementOf, ragFor, type Rag } from "@/lib/figures";
import type { Relation } from "@/lib/figures/relations";
import type { SnapshotContent, SnapshotRowView } from "./types";
import { breakdownView, type BreakdownView } from "@/lib/views/breakdown-view";
import { cohortView, type CohortView } from "@/lib/views/cohort-view";
import { indicatorChart, type IndicatorChartView } from "./chart-view";
import type { SnapshotChanges } from "./compare";
import { publicSurvey } from "./public-release";
import { changesBetween, publicFiguresFor, publicSectionsFor, sectionsFor, type PublicFigures, type ReadableRow } from "./view";

export type PaperAudience = "internal" | "public";

export interface ServiceGlance {
  key: string;
  name: string;
  indicators: number;
  rag: Record<Rag, number> & { none: number; suppressed: number };
  /** compared with the last meeting's paper when there is one, else with the month before */
  better: { code: string; title: string }[];
  worse: { code: string; title: string }[];
  newReds: { code: string; title: string }[];
  /** rows whose change is suppressed (public release): neither better nor worse nor a new red can be said of them */
  notCompared: number;
}

export interface PaperTheme {
  theme: string;
  slug: string;
  /** the safe markup subset */
  body: string;
  charts: IndicatorChartView[];
  /** the breakdowns of the indicators it cites, each dimension a chart and its table (public: disclosed) */
  breakdowns: { code: string; view: BreakdownView }[];
  /** the cohorts among the indicators it cites, each a flow and its table (public: disclosed) */
  cohorts: { code: string; title: string; view: CohortView }[];
}

export interface PaperView {
  audience: PaperAudience;
  /** what "better" and "worse" are measured against */
  comparedWith: "last meeting" | "last month";
  glance: ServiceGlance[];
  featured: IndicatorChartView[];
  themes: PaperTheme[];
  voice: { quotes: string[]; survey: { label: string; count: number | "c" }[] } | null;
  changes: { changes: SnapshotChanges; previousTitle: string; previousId: number } | null;
  sections: { key: string; name: string; rows: ReadableRow[] }[];
  /** what the one legend explains */
  legend: { illustrative: boolean; threshold: number | null };
}

export function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "theme";
}

/** A quote as written, without the quotation marks it may have been typed with (the paper sets its own). */
export function unquoted(quote: string): string {
  const trimmed = quote.trim();
  const inMarks = /^(["“”'‘’«]+)([^]*?)(["“”'’‘»]+)$/.exec(trimmed);
  return inMarks && inMarks[2].trim() ? inMarks[2].trim() : trimmed;
}

/** The PDF's file name: the board and the month, e.g. lantern-corporate-parenting-board-2020-04.pdf (a public release says so). */
export function pdfFileName({ board, period, audience }: { board: string; period: string; audience: "internal" | "public" }): string {
  return `lantern-${slugOf(board)}-${period}${audience === "public" ? "-public" : ""}.pdf`;
}

/** The view of a paper (with its frozen rows, or a draft's preview rows) for its audience. */
export function paperView({
  content,
  previous,
  audience,
  threshold = 0,
  relations,
}: {
  content: SnapshotContent;
  previous: SnapshotContent | null;
  audience: PaperAudience;
  /** the public release's suppression threshold */
  threshold?: number;
  /** the catalogue's relations among the paper's figures (public release); paired by code when left out */
  relations?: readonly Relation[];
}): PaperView {
  const isPublic = audience === "public";
  const shown = isPublic ? publicFiguresFor(content, threshold, relations) : null;
  const byCode = new Map(content.rows.map((r) => [r.code, r]));
  const chart = (row: SnapshotRowView) => indicatorChart(row, shown ? chartFigures(shown.get(row.code)!) : undefined);
  const chartsFor = (codes: readonly string[]) => codes.map((c) => byCode.get(c)).filter((r): r is SnapshotRowView => !!r).map(chart);

  const sections = isPublic ? publicSectionsFor(content, threshold, shown!) : sectionsFor(content);
  const changes = previous && !isPublic ? changesBetween(previous, content) : null;
  const previousValues = previous && !isPublic ? new Map(previous.rows.map((r) => [r.code, r.figures.value])) : null;

  const glance = sections.map((section): ServiceGlance => {
    const rag = { green: 0, amber: 0, red: 0, none: 0, suppressed: 0 };
    for (const r of section.rows) {
      if (r.rag === "c") rag.suppressed++;
      else if (r.rag) rag[r.rag]++;
      else rag.none++;
    }
    const better: ServiceGlance["better"] = [];
    const worse: ServiceGlance["worse"] = [];
    for (const r of section.rows) {
      const row = byCode.get(r.code)!;
      const judgement = previousValues
        ? previousValues.has(r.code)
          ? judgementOf(directionOf(row.figures.value, previousValues.get(r.code) ?? null), row.figures.polarity)
          : null
        : r.judgement;
      if (judgement === "better") better.push({ code: r.code, title: r.title });
      if (judgement === "worse") worse.push({ code: r.code, title: r.title });
    }
    const codes = new Set(section.rows.map((r) => r.code));
    const newReds = changes
      ? changes.newReds.filter((n) => codes.has(n.code))
      : // (in public, only where last month's figure is shown too: its RAG is worked out from it)
        section.rows.filter((r) => r.rag === "red" && r.direction !== "c" && redIsNew(byCode.get(r.code)!)).map((r) => ({ code: r.code, title: r.title }));
    const notCompared = isPublic ? section.rows.filter((r) => r.direction === "c").length : 0;
    return { key: section.key, name: section.name, indicators: section.rows.length, rag, better, worse, newReds, notCompared };
  });

  const themeCodes = new Map(content.highlights.map((h) => [h.theme, h.codes ?? []]));
  const themeDimension = new Map(content.highlights.map((h) => [h.theme, h.dimension ?? null]));
  const themeSource = isPublic ? content.publicHighlights.filter((h) => h.body.trim()) : content.highlights;
  // a breakdown is shown in public only beside a figure the release shows whole
  const breakdownsFor = (codes: readonly string[], dimension: string | null) =>
    codes.flatMap((code) => {
      const row = byCode.get(code);
      if (!row || (shown && typeof shown.get(code)?.value !== "number")) return [];
      return (row.figures.breakdowns ?? [])
        .filter((b) => dimension === null || b.dimension.key === dimension)
        .map((b) => ({ code, view: breakdownView(b, content.period, isPublic ? threshold : null) }));
    });
  // a cohort likewise, beside its group's size shown whole
  const cohortsFor = (codes: readonly string[]) =>
    codes.flatMap((code) => {
      const row = byCode.get(code);
      if (!row?.figures.cohort || (shown && typeof shown.get(code)?.value !== "number")) return [];
      return [{ code, title: row.title, view: cohortView(row.figures.cohort, isPublic ? threshold : null) }];
    });
  const themes = themeSource.map((h) => {
    const codes = themeCodes.get(h.theme) ?? [];
    return { theme: h.theme, slug: slugOf(h.theme), body: h.body, charts: chartsFor(codes), breakdowns: breakdownsFor(codes, themeDimension.get(h.theme) ?? null), cohorts: cohortsFor(codes) };
  });

  const v = content.childrensVoice;
  const quotes = isPublic ? [] : v.quotes.map(unquoted).filter(Boolean);
  const survey = isPublic ? publicSurvey(v.survey, threshold) : v.survey;
  return {
    audience,
    comparedWith: previousValues ? "last meeting" : "last month",
    glance,
    featured: content.rows.filter((r) => r.featured).map(chart),
    themes,
    voice: quotes.length || survey.length ? { quotes, survey } : null,
    changes: changes && previous ? { changes, previousTitle: previous.title, previousId: previous.id } : null,
    sections,
    legend: { illustrative: content.rows.some((r) => r.figures.bandsIllustrative && r.figures.rag), threshold: isPublic ? threshold : null },
  };
}

function chartFigures(p: PublicFigures) {
  return { series: p.series, value: p.value, rag: p.rag, spcShown: p.spcShown };
}

/** Red now and not red the month before (by the same bands), for a paper with no earlier meeting to compare with. */
function redIsNew(row: SnapshotRowView): boolean {
  // the previous month by its own set of bands (papers frozen before sets existed: this month's)
  const previousRag = row.figures.previousRag !== undefined ? row.figures.previousRag : ragFor(row.figures.previous, row.figures.bands);
  return row.figures.rag === "red" && previousRag !== "red";
}
