import Link from "next/link";
import { notFound } from "next/navigation";
import { NarrativeEditor } from "@/components/report/narrative-editor";
import { ReportDocument } from "@/components/report/report-document";
import { MonthNav } from "@/components/scorecard/month-nav";
import { getDb } from "@/db/client";
import { saveNarrativeAction } from "@/lib/actions/narratives/entry";
import { can } from "@/lib/auth/policy";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { adjacentMonths, isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { monthlyReportFor } from "@/lib/queries/report";
import { reportIssuesFor } from "@/lib/queries/report-issues";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";

type Params = { period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return { title: isPeriod(period) ? `Monthly performance report: ${monthLabel(period)}` : "Monthly performance report" };
}

/** The monthly performance report: cover, contents, summary table, a section per service (PDF and XLSX beside it). */
export default async function MonthlyReportPage({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  if (!isPeriod(period)) notFound();
  const user = await requirePageAccess("scorecard.read");
  const db = await getDb();
  const version = await requestDataVersion();
  const months = await monthsWithFigures({ db, version });
  if (!months.includes(period)) notFound();
  const report = await monthlyReportFor({ db, period, version });
  const issues = await reportIssuesFor({ db, report });
  const around = adjacentMonths(months, period);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <MonthNav
          previous={around.previous ? { href: `/reports/${around.previous}`, text: monthLabel(around.previous) } : null}
          next={around.next ? { href: `/reports/${around.next}`, text: monthLabel(around.next) } : null}
        />
        <p className="flex flex-wrap gap-4 text-sm">
          <a href={`/reports/${period}/pdf`}>Download the report as PDF</a>
          <a href={`/reports/${period}/xlsx`} download>
            Download the report as XLSX
          </a>
        </p>
      </div>
      <ReportDocument
        report={report}
        issue={issues.current}
        issues={issues.all}
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
      <p className="text-sm print:hidden">
        <Link href={`/?period=${period}`}>Back to the overview for {monthLabel(period)}</Link>
      </p>
    </div>
  );
}
