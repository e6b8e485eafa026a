import { getDb } from "@/db/client";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { listServiceAreas } from "@/lib/queries/periods";
import { pageParam, ReportPartPage } from "../../report-part";

type Params = { period: string; service: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period, service } = await params;
  const area = (await listServiceAreas({ db: await getDb() })).find((a) => a.key === decodeURIComponent(service));
  return { title: isPeriod(period) && area ? `${area.name}: monthly performance report, ${monthLabel(period)}` : "Monthly performance report" };
}

/** A service's section of the monthly report (its narrative, then each indicator), on pages of a bounded number of indicators (?page=N). */
export default async function ReportSectionPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ page?: string | string[] }> }) {
  const { period, service } = await params;
  return <ReportPartPage period={period} part={{ kind: "section", key: decodeURIComponent(service), page: pageParam((await searchParams).page) }} />;
}
