import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { pageParam, ReportPartPage } from "../report-part";

type Params = { period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return { title: isPeriod(period) ? `Summary: monthly performance report, ${monthLabel(period)}` : "Monthly performance report" };
}

/** The monthly report's summary table, on pages of a bounded number of rows (?page=N). */
export default async function ReportSummaryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ page?: string | string[] }> }) {
  const { period } = await params;
  return <ReportPartPage period={period} part={{ kind: "summary", page: pageParam((await searchParams).page) }} />;
}
