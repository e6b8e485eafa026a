// The service scorecard as a wide table (tablets, desktops and print). Every
// figure comes ready-made from lib/figures; this only lays it out. Colour is
// never the only signal: RAG, judgement, benchmarks and SPC all carry words.
import Link from "next/link";
import { formatChangePct, formatValue, shortMonthLabel } from "@/lib/format";
import { BenchmarkList } from "./benchmark-list";
import { DirectionLabel } from "./direction-label";
import { indicatorHref } from "./links";
import { OutturnList } from "./outturn-list";
import { POLARITY_TEXT } from "./polarity-text";
import { RagBadge } from "./rag-badge";
import { CommentaryCell } from "./scorecard/commentary-cell";
import { SortHeader } from "./scorecard/sort-header";
import { TargetCell } from "./scorecard/target-cell";
import type { ScorecardRowData, SortLink } from "./scorecard/types";
import { Sparkline } from "./sparkline";
import { SpcSummary } from "./spc-icons";

export type { ScorecardRowData } from "./scorecard/types";

export type ScorecardSortKey =
  | "code"
  | "title"
  | "owner"
  | "reporter"
  | "value"
  | "change"
  | "ytd"
  | "judgement"
  | "rag"
  | "target"
  | "spc"
  | "commentary";

export function ScorecardTable({
  caption,
  period,
  months,
  outturnYears,
  rows,
  sortLinks,
  spcSides,
}: {
  caption: string;
  period: string;
  months: string[];
  outturnYears: string[];
  rows: ScorecardRowData[];
  sortLinks: Record<ScorecardSortKey, SortLink>;
  /** whether each row's latest SPC point is above or below its mean, by row id */
  spcSides: Record<number, "high" | "low" | null>;
}) {
  return (
    <div
      className="scorecard-scroll relative overflow-x-auto rounded border border-gray-300 bg-white print:overflow-visible print:border-0"
      tabIndex={0}
      role="region"
      aria-label={`${caption} (scrolls sideways)`}
    >
      <table className="scorecard-table min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 text-left text-xs font-semibold text-gray-900">
          <tr>
            <SortHeader label="Code" sort={sortLinks.code} className="sticky left-0 z-10 bg-gray-100 print:static" />
            <SortHeader label="Indicator" sort={sortLinks.title} className="min-w-[15rem] print:min-w-[9rem]" />
            <SortHeader label="Owner" sort={sortLinks.owner} className="min-w-[7rem] print:min-w-0" />
            <SortHeader label="Reporter" sort={sortLinks.reporter} className="min-w-[7rem] print:min-w-0" />
            {months.map((m, i) =>
              i === months.length - 1 ? (
                <SortHeader key={m} label={shortMonthLabel(m)} sort={sortLinks.value} className="whitespace-nowrap text-right" />
              ) : (
                <SortHeader key={m} label={shortMonthLabel(m)} className="whitespace-nowrap text-right font-normal" />
              ),
            )}
            <SortHeader label="Trend" />
            <SortHeader label="Change" sort={sortLinks.change} className="text-right" />
            <SortHeader label="Direction" sort={sortLinks.judgement} />
            <SortHeader label="RAG" sort={sortLinks.rag} />
            <SortHeader label="YTD" sort={sortLinks.ytd} className="min-w-[7rem] text-right print:min-w-0" />
            <SortHeader label="Target" sort={sortLinks.target} className="text-right" />
            <SortHeader label="SPC" sort={sortLinks.spc} className="min-w-[11rem] print:min-w-0" />
            <SortHeader label="Benchmarks" className="min-w-[12rem] print:min-w-0" />
            <SortHeader label="Outturns" />
            <SortHeader label="Commentary" sort={sortLinks.commentary} className="min-w-[20rem] print:min-w-[11rem]" />
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {rows.map((row) => {
            const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
            return (
              <tr key={row.id} className="align-top">
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-2 text-left font-mono font-semibold print:static">
                  {row.code}
                </th>
                <td className="sc-cell">
                  <Link href={indicatorHref(row.code, period)} className="font-medium">
                    {row.title}
                  </Link>
                  <span className="block text-xs text-gray-700">{POLARITY_TEXT[row.polarity]}</span>
                  {row.councilPlan ? <span className="block text-xs font-semibold text-gray-900">Council plan</span> : null}
                  {row.revised ? <span className="block text-xs font-semibold text-purple-800">Figure revised</span> : null}
                </td>
                <td className="sc-cell text-gray-800">{row.owner?.name ?? "Not assigned"}</td>
                <td className="sc-cell text-gray-800">{row.reporter?.name ?? "Not assigned"}</td>
                {months.map((m, i) => (
                  <td
                    key={m}
                    className={i === months.length - 1 ? "sc-num font-semibold" : "sc-num text-gray-700"}
                  >
                    {formatValue(byPeriod.get(m) ?? null, row.unit, row.decimals)}
                  </td>
                ))}
                <td className="sc-cell">
                  <Sparkline values={months.map((m) => byPeriod.get(m) ?? null)} />
                </td>
                <td className="sc-num">{formatChangePct(row.changeFromPreviousPct)}</td>
                <td className="sc-cell">
                  <DirectionLabel direction={row.direction} judgement={row.judgement} />
                </td>
                <td className="sc-cell">
                  <RagBadge rag={row.rag} illustrative={row.bandsIllustrative} />
                </td>
                <td className="sc-num">
                  {formatValue(row.ytd, row.unit, row.decimals)}
                  {row.ytd === null && row.ytdNote ? <span className="block whitespace-normal text-xs text-gray-700 print:hidden">{row.ytdNote}</span> : null}
                </td>
                <td className="sc-cell text-right">
                  <TargetCell target={row.target} distance={row.distanceToTarget} unit={row.unit} decimals={row.decimals} />
                </td>
                <td className="sc-cell">
                  <SpcSummary kind={row.spc.kind} variation={row.spc.variation} assurance={row.spc.assurance} side={spcSides[row.id] ?? null} />
                </td>
                <td className="sc-cell">
                  <BenchmarkList items={row.benchmarkComparisons} unit={row.unit} decimals={row.decimals} />
                </td>
                <td className="sc-cell">
                  <OutturnList years={outturnYears} outturns={row.outturns} unit={row.unit} decimals={row.decimals} />
                </td>
                <td className="sc-cell">
                  <CommentaryCell period={period} id={row.id} code={row.code} commentary={row.commentary} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
