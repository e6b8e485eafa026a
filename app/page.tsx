import { redirect } from "next/navigation";
import { OverviewPrintPages } from "@/components/overview-print-pages";
import { PrintButton } from "@/components/print-button";
import { MonthNav } from "@/components/scorecard/month-nav";
import { ExportLinks } from "@/components/scorecard/export-links";
import { ServiceCard } from "@/components/service-card";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { addMonths, isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { overviewFor } from "@/lib/queries/overview";
import { latestPeriod } from "@/lib/queries/periods";

export const metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const user = await requireUser();
  // Board members have no live data: their home is the published papers.
  if (!can(user, "scorecard.read")) redirect("/board");
  const db = await getDb();
  const raw = (await searchParams).period;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const badPeriod = requested !== undefined && requested !== "" && !isPeriod(requested);
  const latest = await latestPeriod({ db });
  const period = requested && !badPeriod ? requested : latest;
  if (!period) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Overview</h1>
        <p className="mt-4">
          No figures have been loaded yet. The performance team loads them with <code>npm run lantern -- import values FILE</code>.
        </p>
      </div>
    );
  }
  const services = await overviewFor({ db, period });
  const previous = addMonths(period, -1);
  const next = addMonths(period, 1);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Overview: {monthLabel(period)}</h1>
        <div className="flex flex-wrap items-center gap-4">
          <MonthNav
            previous={{ href: `/?period=${previous}`, text: monthLabel(previous) }}
            next={latest && period < latest ? { href: `/?period=${next}`, text: monthLabel(next) } : null}
          />
          <PrintButton label="Print board paper" />
        </div>
      </div>
      {badPeriod ? (
        <div role="alert" className="mt-3 rounded border-l-4 border-orange-700 bg-orange-50 p-3 text-sm">
          &quot;{String(requested).slice(0, 40)}&quot; is not a month in the form YYYY-MM (e.g. 2020-04), so the latest month is shown.
        </div>
      ) : null}
      <p className="mt-1 text-gray-800">Every service area&apos;s scorecard for the month. Choose one to see its indicators.</p>
      {services.length === 0 ? (
        <p className="mt-6">No indicators have figures for {monthLabel(period)}.</p>
      ) : null}
      <div className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {services.map((s) => (
          <ServiceCard
            key={s.key}
            name={s.name}
            period={period}
            indicators={s.indicators}
            rag={s.rag}
            judgement={s.judgement}
            commentary={s.commentary}
            status={s.status}
            movers={s.movers}
            newReds={s.newReds}
            href={`/scorecards/${s.key}/${period}`}
          />
        ))}
      </div>
      {services.length > 0 ? (
        <div className="mt-6">
          <ExportLinks base={`/api/export/${period}`} title="Download every scorecard for the month" />
        </div>
      ) : null}
      <OverviewPrintPages services={services} monthText={monthLabel(period)} />
    </div>
  );
}
