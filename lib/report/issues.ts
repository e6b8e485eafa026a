// Issues of the monthly report. The first issue is the report when every
// service's scorecard for the month is approved; after that, any change to
// its figures or text (a figure revised, a benchmark loaded, commentary or a
// narrative changed, an indicator added or retired) is a new issue. Who
// approved and when is not part of an issue's fingerprint: re-confirming an
// approval after a revision does not make another issue. Pure.
import { createHash } from "node:crypto";
import { monthLabel } from "@/lib/format";
import type { MonthlyReport, ReportRow } from "./monthly";

export type ReportChange =
  | {
      kind: "figure";
      code: string;
      indicatorId: number;
      period: string;
      from: string;
      to: string;
      loadedBy: string | null;
      loadedAt: string | null;
      /** the file the revision was loaded from */
      file?: string | null;
    }
  | { kind: "comparator"; code: string; label: string; from: string; to: string }
  | { kind: "commentary"; code: string; title: string }
  | { kind: "narrative"; section: string }
  | { kind: "added"; code: string; title: string }
  | { kind: "retired"; code: string; title: string };

function rowFingerprint(r: ReportRow) {
  return [
    r.code,
    r.title,
    r.twelve.map((m) => [m.period, m.value, m.ofText]),
    r.ytd.value,
    r.sameMonthLastYear.value,
    r.outturns.map((o) => [o.year, o.value]),
    r.benchmarks.map((b) => [b.kind, b.year, b.value]),
    r.target.value,
    r.tolerances,
    r.rag,
    r.councilPlan,
    [r.commentary.status, r.commentary.body, r.commentary.notNeededReason],
    r.definition,
    r.outcome,
    r.dataNote,
  ];
}

/** sha256 of the report's figures and text: the same digest is the same issue. */
export function reportDigest(report: MonthlyReport): string {
  const content = report.sections.map((s) => [s.key, s.name, s.narrative.none, s.narrative.body, s.rows.map(rowFingerprint)]);
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

const rowsOf = (report: MonthlyReport) => new Map(report.sections.flatMap((s) => s.rows).map((r) => [r.code, r]));

/** What changed from one issue to the next, in the report's order. Figure changes carry no loader yet (the query adds it). */
export function changesBetween(before: MonthlyReport, after: MonthlyReport): ReportChange[] {
  const old = rowsOf(before);
  const now = rowsOf(after);
  const changes: ReportChange[] = [];
  for (const section of after.sections) {
    const earlier = before.sections.find((s) => s.key === section.key);
    if (earlier && (earlier.narrative.body !== section.narrative.body || earlier.narrative.none !== section.narrative.none)) changes.push({ kind: "narrative", section: section.name });
    for (const r of section.rows) {
      const p = old.get(r.code);
      if (!p) {
        changes.push({ kind: "added", code: r.code, title: r.title });
        continue;
      }
      const previous = new Map(p.twelve.map((m) => [m.period, m]));
      for (const m of r.twelve) {
        const o = previous.get(m.period);
        if (o && (o.value !== m.value || o.ofText !== m.ofText)) {
          changes.push({ kind: "figure", code: r.code, indicatorId: r.id, period: m.period, from: o.text, to: m.text, loadedBy: null, loadedAt: null });
        }
      }
      for (const o of r.outturns) {
        const w = p.outturns.find((x) => x.year === o.year) ?? { text: "n/a", value: null };
        if (w.value !== o.value) changes.push({ kind: "comparator", code: r.code, label: `outturn ${o.year}`, from: w.text, to: o.text });
      }
      for (const b of r.benchmarks) {
        const o = p.benchmarks.find((x) => x.kind === b.kind);
        const withYear = (f: { text: string; value: number | null; year: string | null } | undefined) => (f && f.value !== null ? `${f.text} (${f.year})` : "n/a");
        if (o?.value !== b.value || o?.year !== b.year) changes.push({ kind: "comparator", code: r.code, label: REPORT_BENCHMARK_WORDS[b.kind], from: withYear(o), to: withYear(b) });
      }
      if (p.target.value !== r.target.value) changes.push({ kind: "comparator", code: r.code, label: "target", from: p.target.text, to: r.target.text });
      if (p.commentary.status !== r.commentary.status || p.commentary.body !== r.commentary.body || p.commentary.notNeededReason !== r.commentary.notNeededReason) {
        changes.push({ kind: "commentary", code: r.code, title: r.title });
      }
    }
  }
  for (const [code, r] of old) if (!now.has(code)) changes.push({ kind: "retired", code, title: r.title });
  return changes;
}

const REPORT_BENCHMARK_WORDS: Record<ReportRow["benchmarks"][number]["kind"], string> = {
  sn_average: "SN average",
  sn_best: "best SN",
  england: "England",
  region: "region",
  england_top_quartile: "national top quartile",
};

/** One change in words: "M1 March 2020: 1,198 → 1,210". Who loaded a figure and when is written beside it by the page. */
export function changeText(c: ReportChange): string {
  switch (c.kind) {
    case "figure":
      return `${c.code} ${monthLabel(c.period)}: ${c.from} → ${c.to}`;
    case "comparator":
      return `${c.code} ${c.label}: ${c.from} → ${c.to}`;
    case "commentary":
      return `${c.code} ${c.title}: commentary changed`;
    case "narrative":
      return `${c.section}: narrative changed`;
    case "added":
      return `${c.code} ${c.title}: indicator added`;
    case "retired":
      return `${c.code} ${c.title}: indicator retired`;
  }
}

/** The figures revised by an issue, keyed "code|period", for the revision marks. */
export function revisedFigures(changes: readonly ReportChange[]): Map<string, Extract<ReportChange, { kind: "figure" }>> {
  return new Map(changes.flatMap((c) => (c.kind === "figure" ? [[`${c.code}|${c.period}`, c] as const] : [])));
}
