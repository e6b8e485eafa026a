import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/report/report-document";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { reportIssue, reportIssueList } from "@/lib/queries/report-issues";

type Params = { period: string; issue: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period, issue } = await params;
  return { title: isPeriod(period) ? `Monthly performance report: ${monthLabel(period)}, issue ${issue}` : "Monthly performance report" };
}

/** An issue of the monthly report as it was issued: its frozen figures and text, rendered as the live report is. */
export default async function ReportIssuePage({ params }: { params: Promise<Params> }) {
  const { period, issue: asked } = await params;
  const number = parseId(asked);
  if (!isPeriod(period) || !number) notFound();
  await requirePageAccess("scorecard.read");
  const db = await getDb();
  const [issue, all] = await Promise.all([reportIssue({ db, period, issue: number }), reportIssueList({ db, period })]);
  if (!issue) notFound();
  const latest = all[0]?.issue ?? issue.issue;
  return <ReportDocument report={issue.content} issue={issue} issues={all} superseded={latest > issue.issue ? latest : undefined} />;
}
