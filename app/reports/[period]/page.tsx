import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { ReportPartPage } from "./report-part";

type Params = { period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return { title: isPeriod(period) ? `Monthly performance report: ${monthLabel(period)}` : "Monthly performance report" };
}

/** The monthly performance report's cover and contents; the summary and each service's section are a page each (./report-part.tsx). */
export default async function MonthlyReportPage({ params }: { params: Promise<Params> }) {
  const { period } = await params;
  return <ReportPartPage period={period} part={{ kind: "front" }} />;
}
