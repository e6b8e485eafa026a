import Link from "next/link";
import { notFound } from "next/navigation";
import { NarrativeEditor } from "@/components/report/narrative-editor";
import { SectionPage } from "@/components/report/section-page";
import { SummaryTable } from "@/components/report/summary-table";
import { PrintButtons } from "@/components/scorecard/print-buttons";
import { MonthNav } from "@/components/scorecard/month-nav";
import { getDb } from "@/db/client";
import { saveNarrativeAction } from "@/lib/actions/narratives/entry";
import { can } from "@/lib/auth/policy";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { adjacentMonths, isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { monthlyReportFor } from "@/lib/queries/report";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";

type Params = { period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return { title: isPeriod(period) ? `Monthly performance report: ${monthLabel(period)}` : "Monthly performance report" };
}

/** The monthly performance report: summary table, then a page per service section (print, or download as XLSX). */
export default async function MonthlyReportPage({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  if (!isPeriod(period)) notFound();
  const user = await requirePageAccess("scorecard.read");
  const db = await getDb();
  const version = await requestDataVersion();
  const months = await monthsWithFigures({ db, version });
  if (!months.includes(period)) notFound();
  const report = await monthlyReportFor({ db, period, version });
  const around = adjacentMonths(months, period);
  const monthText = monthLabel(period);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Monthly performance report: {monthText}</h1>
        <div className="flex flex-wrap items-center gap-4">
          <MonthNav
            previous={around.previous ? { href: `/reports/${around.previous}`, text: monthLabel(around.previous) } : null}
            next={around.next ? { href: `/reports/${around.next}`, text: monthLabel(around.next) } : null}
          />
          <PrintButtons />
        </div>
      </div>
      <p className="text-sm text-gray-800">
        {report.authority} · {report.sections.reduce((n, s) => n + s.rows.length, 0)} indicators in {report.sections.length} sections ·{" "}
        <a href={`/reports/${period}/xlsx`} download>
          Download the report as XLSX
        </a>{" "}
        (the same columns)
      </p>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-bold">
          Summary
        </h2>
        <p className="mt-1 text-sm text-gray-800">
          Direction of travel compares {monthText} with the month before; changes of percentages and rates are in percentage points, with the
          relative change beside them. Tolerances are the RAG bands as written: red, amber, green.
        </p>
        <div className="mt-2">
          <SummaryTable report={report} caption={`Monthly performance report summary, ${monthText}`} />
        </div>
      </section>
      {report.sections.map((section) => (
        <SectionPage
          key={section.key}
          section={section}
          monthText={monthText}
          editor={
            can(user, "scorecard.approve", { serviceKey: section.key }) && !section.scorecard.approved ? (
              <NarrativeEditor
                serviceKey={section.key}
                serviceName={section.name}
                period={period}
                body={section.narrative.body}
                version={section.narrative.version}
                save={saveNarrativeAction}
              />
            ) : null
          }
        />
      ))}
      <p className="text-sm print:hidden">
        <Link href={`/?period=${period}`}>Back to the overview for {monthText}</Link>
      </p>
    </div>
  );
}
