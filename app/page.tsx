import { redirect } from "next/navigation";
import { ServiceCard } from "@/components/service-card";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { isPeriod } from "@/lib/figures";
import { overviewFor } from "@/lib/queries/overview";
import { latestPeriod } from "@/lib/queries/periods";

export const metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requireUser();
  // Board members have no live data: their home is the published papers.
  if (!can(user, "scorecard.read")) redirect("/board");
  const db = await getDb();
  const requested = (await searchParams).period;
  const period = requested && isPeriod(requested) ? requested : await latestPeriod({ db });
  if (!period) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Overview</h1>
        <p className="mt-4">No figures have been loaded yet. The performance team loads them with <code>npm run lantern -- import values FILE</code>.</p>
      </div>
    );
  }
  const services = await overviewFor({ db, period });
  return (
    <div>
      <h1 className="text-2xl font-bold">Overview: {monthLabel(period)}</h1>
      <p className="mt-1 text-gray-700">Every service area&apos;s scorecard for the month. Choose one to see its indicators.</p>
      <div className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {services.map((s) => (
          <ServiceCard key={s.key} name={s.name} indicators={s.indicators} rag={s.rag} judgement={s.judgement} commentary={s.commentary} movers={s.movers} href={`/scorecards/${s.key}/${period}`} />
        ))}
      </div>
    </div>
  );
}
