import Link from "next/link";
import { notFound } from "next/navigation";
import { ScorecardTable } from "@/components/scorecard-table";
import { getDb } from "@/db/client";
import { SERVICE_AREAS } from "@/db/reference";
import { requirePageAccess } from "@/lib/auth/session";
import { addMonths, isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { scorecardFor } from "@/lib/queries/scorecard";
import { ILLUSTRATIVE_BANDS_RULE } from "@/lib/seed/illustrative-bands";

type Params = { service: string; period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { service, period } = await params;
  const area = SERVICE_AREAS.find((s) => s.key === service);
  return { title: area && isPeriod(period) ? `${area.name}: ${monthLabel(period)}` : "Scorecard" };
}

export default async function ServiceScorecardPage({ params }: { params: Promise<Params> }) {
  const { service, period } = await params;
  const area = SERVICE_AREAS.find((s) => s.key === service);
  if (!area || !isPeriod(period)) notFound();
  await requirePageAccess("scorecard.read", { serviceKey: service });
  const scorecard = await scorecardFor({ db: await getDb(), period, service });
  const months = Array.from({ length: 6 }, (_, i) => addMonths(period, i - 5));
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href={`/?period=${period}`}>Overview</Link> <span aria-hidden="true">›</span> {area.name}
      </nav>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {area.name}: {monthLabel(period)}
        </h1>
        <nav aria-label="Months" className="flex gap-4 text-sm print:hidden">
          <Link href={`/scorecards/${service}/${addMonths(period, -1)}`}>← {monthLabel(addMonths(period, -1))}</Link>
          <Link href={`/scorecards/${service}/${addMonths(period, 1)}`}>{monthLabel(addMonths(period, 1))} →</Link>
        </nav>
      </div>
      <p className="mt-1 text-sm text-gray-700">
        {scorecard.authority} · {scorecard.rows.length} indicators
      </p>
      {scorecard.rows.length === 0 ? (
        <p className="mt-6">This service area has no indicators in the catalogue yet.</p>
      ) : (
        <div className="mt-4">
          <ScorecardTable
            caption={`${area.name} scorecard for ${monthLabel(period)}`}
            months={months}
            illustrativeNote={ILLUSTRATIVE_BANDS_RULE}
            rows={scorecard.rows.map((r) => ({
              code: r.code,
              title: r.title,
              unit: r.unit,
              decimals: r.decimals,
              reporter: r.reporter?.name ?? null,
              series: r.series,
              changeFromPreviousPct: r.changeFromPreviousPct,
              direction: r.direction,
              judgement: r.judgement,
              rag: r.rag,
              bandsIllustrative: r.bandsIllustrative,
              target: r.target,
              revised: r.revised,
              commentary: r.commentary ? { status: r.commentary.status, body: r.commentary.body } : null,
            }))}
          />
        </div>
      )}
    </div>
  );
}
