// One part of the live monthly report on its own page (the cover and
// contents, the summary, or a service's section), with the month's
// navigation, the downloads (the PDF and XLSX stay whole) and the way to the
// part before and after. A page per part keeps each page small whatever the
// size of the catalogue.
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { NarrativeEditor } from "@/components/report/narrative-editor";
import { indicatorBlocksHtml } from "@/components/report/indicator-block-html";
import { ReportDocument, revisedSinceLastIssue, summaryCaption } from "@/components/report/report-document";
import { summaryTableHtml } from "@/components/report/summary-table-html";
import { KeptHtml } from "@/components/ui/kept-html";
import { MonthNav } from "@/components/scorecard/month-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { getDb } from "@/db/client";
import { saveNarrativeAction } from "@/lib/actions/narratives/entry";
import { can } from "@/lib/auth/policy";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { adjacentMonths, isPeriod } from "@/lib/figures";
import { inAppRequest } from "@/lib/html/in-app-request";
import { keptHtmlFor } from "@/lib/html/kept-html";
import { monthLabel } from "@/lib/format";
import { reportPartHref } from "@/lib/links";
import { monthlyReportFor } from "@/lib/queries/report";
import { reportIssuesFor } from "@/lib/queries/report-issues";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { reportForPart, reportWebParts, type ReportWebPart } from "@/lib/report/web-pages";

/** The page number asked for (?page=N), 1 when none; NaN (no such page) when it is not a whole number. */
export function pageParam(raw: string | string[] | undefined): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  return text === undefined ? 1 : /^\d{1,4}$/.test(text) ? Number(text) : NaN;
}

export async function ReportPartPage({ period, part }: { period: string; part: ReportWebPart }) {
  if (!isPeriod(period)) notFound();
  const user = await requirePageAccess("scorecard.read");
  const db = await getDb();
  const version = await requestDataVersion();
  const months = await monthsWithFigures({ db, version });
  if (!months.includes(period)) notFound();
  const whole = await monthlyReportFor({ db, period, version });
  const report = reportForPart(whole, part);
  if (!report) notFound();
  // the cover's issues and what changed are the whole report's
  const issues = await reportIssuesFor({ db, report: whole });
  // A section's indicator blocks and the summary's table (most of their pages) are built once per data version
  // and sent once: on a page load the server render reads them from their slot, not again from the payload
  // (components/ui/kept-html.tsx).
  const inline = await inAppRequest();
  const revised = revisedSinceLastIssue(issues.current);
  const kept = async (what: string, build: () => string) => {
    const key = `report-${what}|${period}|${part.kind === "front" ? 1 : part.page}|${issues.current?.issue ?? 0}`;
    const { html, slot } = await keptHtmlFor(db, version, key, build);
    return <KeptHtml slot={slot} html={inline ? html : undefined} />;
  };
  const blocks = new Map<string, ReactNode>();
  for (const section of part.kind === "section" ? report.sections : []) {
    blocks.set(section.key, await kept(`blocks|${section.key}`, () => indicatorBlocksHtml(section.rows, revised).value));
  }
  const summary = part.kind === "summary" ? await kept("summary", () => summaryTableHtml({ report, caption: summaryCaption(report), revised }).value) : undefined;
  const around = adjacentMonths(months, period);
  const parts = reportWebParts(whole);
  const href = (p: Parameters<typeof reportPartHref>[1]) => reportPartHref(period, p);
  const at = parts.findIndex((p) => href(p.part) === href(part));
  const before = parts[at - 1];
  const after = parts[at + 1];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <MonthNav
          previous={around.previous ? { href: `/reports/${around.previous}`, text: monthLabel(around.previous) } : null}
          next={around.next ? { href: `/reports/${around.next}`, text: monthLabel(around.next) } : null}
        />
        <p className="flex flex-wrap gap-4 text-sm">
          <DownloadLink href={`/reports/${period}/pdf`}>Download the report as PDF</DownloadLink>
          <DownloadLink href={`/reports/${period}/xlsx`}>Download the report as XLSX</DownloadLink>
        </p>
      </div>
      {part.kind === "front" ? null : (
        <h1 className="text-xl font-bold">
          <Link href={href({ kind: "front" })}>Monthly performance report: {monthLabel(period)}</Link>
        </h1>
      )}
      <ReportDocument
        report={report}
        issue={issues.current}
        issues={issues.all}
        part={part.kind === "section" ? { kind: "section", key: part.key } : { kind: part.kind }}
        partHref={href}
        blocks={(section) => blocks.get(section.key)}
        summary={summary}
        editor={(section) =>
          can(user, "scorecard.approve", { serviceKey: section.key }) && !section.scorecard.approved ? (
            <NarrativeEditor
              serviceKey={section.key}
              serviceName={section.name}
              period={period}
              body={section.narrative.body}
              none={section.narrative.none}
              version={section.narrative.version}
              save={saveNarrativeAction}
            />
          ) : null
        }
      />
      <nav aria-label="Report pages" className="flex flex-wrap justify-between gap-4 text-sm print:hidden">
        {before ? <Link href={href(before.part)}>Previous: {before.title}</Link> : <span />}
        {after ? <Link href={href(after.part)}>Next: {after.title}</Link> : null}
      </nav>
      <p className="text-sm print:hidden">
        <Link href={`/?period=${period}`}>Back to the overview for {monthLabel(period)}</Link>
      </p>
    </div>
  );
}
