// Shapes a snapshot's frozen content for reading: rows grouped by service,
// the featured rows first, and the comparison with the previous paper. Pure.
import type { SnapshotContent, SnapshotRowView } from "@/lib/queries/snapshots";
import { changesSince, type ComparableRow } from "./compare";
import type { FrozenRow } from "./freeze";
import { publicRow, type Shown } from "./public-release";

export interface ReadableRow {
  code: string;
  title: string;
  unit: SnapshotRowView["figures"]["unit"];
  decimals: number;
  featured: boolean;
  value: number | null | Shown;
  previous: number | null | Shown;
  changeFromPreviousPct: number | null | Shown;
  direction: SnapshotRowView["figures"]["direction"];
  judgement: SnapshotRowView["figures"]["judgement"];
  rag: SnapshotRowView["figures"]["rag"];
  bandsIllustrative: boolean;
  target: number | null;
  snAverage: number | null;
  england: number | null;
  spcKind: string;
  spcVariation: string | null;
  commentary: string | null;
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
    spcKind: f.spc?.kind ?? "run",
    spcVariation: f.spc?.variation ?? null,
    commentary: row.commentary,
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

/** The public release of a paper: small counts suppressed, internal commentary left out. */
export function publicSectionsFor(content: SnapshotContent, threshold: number) {
  return content.services.map((service) => ({
    key: service.key,
    name: service.name,
    rows: content.rows
      .filter((r) => r.serviceKey === service.key)
      .map((r) => {
        const shown = publicRow({ ...r.figures, code: r.code, period: content.period, series: r.figures.series ?? [] }, threshold);
        return {
          ...readable(r),
          value: shown.value,
          previous: shown.previous,
          changeFromPreviousPct: shown.changeFromPreviousPct,
          commentary: r.commentaryInternal ? null : r.commentary,
        };
      }),
  }));
}
