// Shapes a snapshot's frozen content for reading: rows grouped by service,
// the featured rows, the comparison with the previous paper, and the public
// release's rows. Pure.
import { spcSide } from "@/lib/views/scorecard-view";
import { spcSignalWords } from "@/lib/figures/spc-words";
import type { SnapshotContent, SnapshotRowView } from "./types";
import { changesSince, type ComparableRow } from "./compare";
import type { FrozenRow } from "./freeze";
import type { Relation } from "@/lib/figures/relations";
import { hasSmallCountInHistory, publicRows, type PublicRow, type Shown } from "./public-release";

export interface ReadableRow {
  code: string;
  title: string;
  unit: SnapshotRowView["figures"]["unit"];
  decimals: number;
  featured: boolean;
  value: number | null | Shown;
  previous: number | null | Shown;
  changeFromPreviousPct: number | null | Shown;
  direction: SnapshotRowView["figures"]["direction"] | "c";
  judgement: SnapshotRowView["figures"]["judgement"] | "c";
  rag: SnapshotRowView["figures"]["rag"] | "c";
  bandsIllustrative: boolean;
  target: number | null;
  snAverage: number | null;
  england: number | null;
  /** the year each comparator is for ("2019/20"): a benchmark is never printed without it */
  snAverageYear: string | null;
  englandYear: string | null;
  /** the SPC reading in words where it says something (special cause, assurance); empty otherwise */
  spcWords: string[];
  commentary: string | null;
  /** "no commentary needed" was recorded, with this reason ("" when none was given); null otherwise */
  noCommentaryReason?: string | null;
}

/** A frozen row (as publishing stores it, or would store it now) as the paper reads it. */
export function rowView(row: Omit<FrozenRow, "position">): SnapshotRowView {
  return {
    code: row.indicatorCode,
    serviceKey: row.serviceKey,
    title: row.title,
    featured: row.featured,
    figures: row.figures,
    commentary: row.commentary,
    commentaryInternal: row.commentaryInternal,
  };
}

function readable(row: SnapshotRowView): ReadableRow {
  const f = row.figures;
  return {
    code: row.code,
    title: row.title,
    unit: f.unit,
    decimals: f.decimals,
    featured: row.featured,
    value: f.value,
    previous: f.previous,
    changeFromPreviousPct: f.changeFromPreviousPct,
    direction: f.direction,
    judgement: f.judgement,
    rag: f.rag,
    bandsIllustrative: f.bandsIllustrative,
    target: f.target,
    snAverage: f.benchmarks?.sn_average ?? null,
    england: f.benchmarks?.england ?? null,
    snAverageYear: f.benchmarkComparisons?.find((b) => b.kind === "sn_average")?.year ?? null,
    englandYear: f.benchmarkComparisons?.find((b) => b.kind === "england")?.year ?? null,
    spcWords: f.spc ? spcSignalWords(f.spc.variation, f.spc.assurance, spcSide(f.spc)) : [],
    commentary: row.commentary,
    noCommentaryReason: row.commentary || f.noCommentaryReason === undefined ? null : (f.noCommentaryReason ?? ""),
  };
}

export function sectionsFor(content: SnapshotContent): { key: string; name: string; rows: ReadableRow[] }[] {
  return content.services.map((service) => ({
    key: service.key,
    name: service.name,
    rows: content.rows.filter((r) => r.serviceKey === service.key).map(readable),
  }));
}

export function featuredRows(content: SnapshotContent): ReadableRow[] {
  return content.rows.filter((r) => r.featured).map(readable);
}

function comparableRows(content: SnapshotContent): ComparableRow[] {
  return content.rows.map((r) => ({ code: r.code, title: r.title, rag: r.figures.rag, judgement: r.figures.judgement, value: r.figures.value }));
}

export function changesBetween(previous: SnapshotContent, current: SnapshotContent) {
  return changesSince(comparableRows(previous), comparableRows(current));
}

/** Every row of the paper as the public release shows it (small counts and all they give away suppressed). */
export function publicFiguresFor(content: SnapshotContent, threshold: number, relations?: readonly Relation[]): Map<string, PublicFigures> {
  const rows = publicRows(
    content.rows.map((r) => ({ ...r.figures, code: r.code, period: content.period, series: r.figures.series ?? [] })),
    threshold,
    relations,
  );
  // SPC limits and readings are worked out from the whole history: none where a count behind them was ever small.
  const noSpc = hasSmallCountInHistory(
    content.rows.map((r) => ({ code: r.code, unit: r.figures.unit, history: [...(r.figures.spc?.points ?? []).map((p) => p.value), ...(r.figures.series ?? []).map((p) => p.value)] })),
    threshold,
    relations,
  );
  return new Map([...rows].map(([code, row]) => [code, { ...row, spcShown: !noSpc.has(code) && row.suppressedCount === 0 }]));
}

export type PublicFigures = PublicRow & { spcShown: boolean };

/**
 * The public release's tables: figures suppressed, and no commentary at all
 * (commentary is written for internal readers; the public release carries
 * only its own public text). Nothing internal is copied across: the row is
 * built from figures alone.
 */
export function publicSectionsFor(content: SnapshotContent, threshold: number, shown: Map<string, PublicFigures>) {
  return content.services.map((service) => ({
    key: service.key,
    name: service.name,
    rows: content.rows
      .filter((r) => r.serviceKey === service.key)
      .map((r): ReadableRow => {
        const p = shown.get(r.code)!;
        const row = readable(r);
        return {
          ...row,
          value: p.value,
          previous: p.previous,
          changeFromPreviousPct: p.changeFromPreviousPct,
          direction: p.direction,
          judgement: p.judgement,
          rag: p.rag,
          // the SPC reading is worked out from every month, small ones included
          spcWords: p.spcShown ? row.spcWords : [],
          commentary: null,
          noCommentaryReason: null,
        };
      }),
  }));
}
