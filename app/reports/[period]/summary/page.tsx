import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { ReportPartPage } from "../report-part";

type Params = { period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return { title: isPeriod(period) ? `Summary: monthly performance report, ${monthLabel(period)}` : "Monthly performance report" };
}

/** The monthly report's summary table, a page of its own. */
export default async function ReportSummaryPage({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return <ReportPartPage period={period} part={{ kind: "summary" }} />;
}
