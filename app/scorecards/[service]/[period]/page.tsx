import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { ExportLinks } from "@/components/scorecard/export-links";
import { MonthNav } from "@/components/scorecard/month-nav";
import { ScorecardCards } from "@/components/scorecard/scorecard-cards";
import { ScorecardFilters } from "@/components/scorecard/scorecard-filters";
import { SignificantChanges } from "@/components/scorecard/significant-changes";
import { ScorecardTable, type ScorecardSortKey } from "@/components/scorecard-table";
import { SpcIconSprite } from "@/components/spc-icons";
import { getDb } from "@/db/client";
import { SERVICE_AREAS } from "@/db/reference";
import { requirePageAccess } from "@/lib/auth/session";
import { addMonths, isPeriod, outturnYearsFor } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { scorecardFor } from "@/lib/queries/scorecard";
import {
  filterRows,
  layoutFor,
  parseScorecardView,
  significantChanges,
  sortRows,
  spcSide,
  viewQuery,
  type RawSearchParams,
  type ScorecardView,
} from "@/lib/queries/scorecard-view";
import { ILLUSTRATIVE_BANDS_RULE } from "@/lib/seed/illustrative-bands";

type Params = { service: string; period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { service, period } = await params;
  const area = SERVICE_AREAS.find((s) => s.key === service);
  return { title: area && isPeriod(period) ? `${area.name}: ${monthLabel(period)}` : "Scorecard" };
}

const SORTABLE: ScorecardSortKey[] = ["code", "title", "owner", "reporter", "value", "change", "ytd", "judgement", "rag", "target", "spc", "commentary"];

function sortLinksFor(base: string, view: ScorecardView) {
  return Object.fromEntries(
    SORTABLE.map((key) => {
      const active = view.sort === key;
      const dir = active && view.dir === "asc" ? "desc" : "asc";
      return [
        key,
        {
          href: `${base}${viewQuery(view, { sort: key, dir })}`,
          state: active ? (view.dir === "asc" ? "ascending" : "descending") : "none",
        },
      ];
    }),
  ) as Record<ScorecardSortKey, { href: string; state: "ascending" | "descending" | "none" }>;
}

export default async function ServiceScorecardPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { service, period } = await params;
  const area = SERVICE_AREAS.find((s) => s.key === service);
  if (!area || !isPeriod(period)) notFound();
  await requirePageAccess("scorecard.read", { serviceKey: service });
  const { view, problems } = parseScorecardView(await searchParams);
  const requestHeaders = await headers();
  const layout = layoutFor(view, {
    mobileHint: requestHeaders.get("sec-ch-ua-mobile"),
    userAgent: requestHeaders.get("user-agent"),
  });
  const scorecard = await scorecardFor({ db: await getDb(), period, service });

  const base = `/scorecards/${service}/${period}`;
  const months = Array.from({ length: view.months }, (_, i) => addMonths(period, i - view.months + 1));
  const rows = sortRows(filterRows(scorecard.rows, view), view);
  const changes = significantChanges(scorecard.rows);
  const spcSides = Object.fromEntries(scorecard.rows.map((r) => [r.id, spcSide(r.spc)]));
  const previous = addMonths(period, -1);
  const next = addMonths(period, 1);
  const caption = `${area.name} scorecard for ${monthLabel(period)}`;
  const anyIllustrative = rows.some((r) => r.bandsIllustrative && r.rag);

  return (
    <div className="space-y-4">
      <SpcIconSprite />
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href={`/?period=${period}`}>Overview</Link> <span aria-hidden="true">›</span> {area.name}
      </nav>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {area.name}: {monthLabel(period)}
        </h1>
        <div className="flex flex-wrap items-center gap-4">
          <MonthNav
            previous={{ href: `/scorecards/${service}/${previous}${viewQuery(view)}`, text: monthLabel(previous) }}
            next={{ href: `/scorecards/${service}/${next}${viewQuery(view)}`, text: monthLabel(next) }}
          />
          <PrintButton label="Print board paper" />
        </div>
      </div>
      <p className="text-sm text-gray-800">
        {scorecard.authority} · {scorecard.rows.length} indicators · SPC rules {scorecard.spcSettings.runLength}-point runs
        {scorecard.spcSettings.screenMovingRanges ? ", large moving ranges screened" : ""}
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="rounded border-l-4 border-orange-700 bg-orange-50 p-3 text-sm text-gray-900">
          <p className="font-semibold">Some of the address could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {scorecard.rows.length === 0 ? (
        <p>This service area has no indicators in the catalogue yet.</p>
      ) : (
        <>
          <SignificantChanges items={changes} period={period} previousMonth={monthLabel(previous)} />
          <ScorecardFilters
            action={base}
            values={{ rag: view.rag, judgement: view.judgement, plan: view.plan, months: view.months, sort: view.sort, dir: view.dir, layout: view.layout }}
            shown={rows.length}
            total={scorecard.rows.length}
          />
          {rows.length === 0 ? (
            <p className="rounded border border-gray-300 bg-white p-4">
              No indicator matches these filters. <Link href={base}>Show every indicator</Link>.
            </p>
          ) : (
            <>
              <p className="text-sm print:hidden">
                {layout === "table" ? (
                  <Link href={`${base}${viewQuery(view, { layout: "cards" })}`}>Show as cards (easier on a phone)</Link>
                ) : (
                  <Link href={`${base}${viewQuery(view, { layout: "table" })}`}>Show as a table</Link>
                )}
              </p>
              {layout === "table" ? (
                <ScorecardTable
                  caption={caption}
                  period={period}
                  months={months}
                  outturnYears={outturnYearsFor(period)}
                  rows={rows}
                  sortLinks={sortLinksFor(base, view)}
                  spcSides={spcSides}
                />
              ) : (
                <ScorecardCards period={period} months={months} rows={rows} spcSides={spcSides} />
              )}
            </>
          )}
          {anyIllustrative ? <p className="text-xs text-gray-800">* {ILLUSTRATIVE_BANDS_RULE}</p> : null}
          <ExportLinks base={`${base}/export`} />
        </>
      )}
    </div>
  );
}
