import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/report/report-document";
import { ReportPrintFrame } from "@/components/report/report-print-frame";
import { getDb } from "@/db/client";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { monthlyReportFor } from "@/lib/queries/report";
import { reportIssuesFor } from "@/lib/queries/report-issues";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { isValidRenderToken, RENDER_HEADER } from "@/lib/snapshots/render-token";

type Params = { period: string };

// The PDF's title is the page's title.
export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return { title: { absolute: isPeriod(period) ? `Monthly performance report: ${monthLabel(period)}` : "Monthly performance report" } };
}

/** The report on A4: the same render as /reports/{period}, in its print frame; the PDF is printed from it. */
export default async function ReportPrintPage({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  if (!isPeriod(period)) notFound();
  const request = await headers();
  // the PDF renderer carries a render token for this month (lib/snapshots/pdf.ts); anyone else reads scorecards
  if (!isValidRenderToken(request.get(RENDER_HEADER), "report", period)) await requirePageAccess("scorecard.read");
  const db = await getDb();
  const version = await requestDataVersion();
  if (!(await monthsWithFigures({ db, version })).includes(period)) notFound();
  const report = await monthlyReportFor({ db, period, version });
  const issues = await reportIssuesFor({ db, report });
  const month = monthLabel(period);
  return (
    <ReportPrintFrame
      nonce={request.get("x-nonce") ?? undefined}
      header={`${report.authority} · Monthly performance report: ${month}`}
      mark={issues.current ? `Issue ${issues.current.issue}` : "DRAFT: not yet approved"}
    >
      <ReportDocument report={report} issue={issues.current} issues={issues.all} />
    </ReportPrintFrame>
  );
}
