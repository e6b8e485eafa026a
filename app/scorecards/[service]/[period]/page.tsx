import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PrintButtons } from "@/components/scorecard/print-buttons";
import { ExportLinks } from "@/components/scorecard/export-links";
import { MonthNav } from "@/components/scorecard/month-nav";
import { ScorecardCards } from "@/components/scorecard/scorecard-cards";
import { ScorecardFilters } from "@/components/scorecard/scorecard-filters";
import { ScorecardStatus } from "@/components/scorecard/scorecard-status";
import { ScorecardTable } from "@/components/scorecard/scorecard-table";
import { SCORECARD_TABLE_ID, scorecardTableHtml } from "@/components/scorecard/scorecard-table-html";
import { SignificantChanges } from "@/components/scorecard/significant-changes";
import { SpcIconSprite } from "@/components/spc-icons";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { SERVICE_AREAS } from "@/db/reference";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { commentaryCounts } from "@/lib/commentary/status";
import { putKeptHtml, slotName } from "@/lib/html/kept-html";
import { inAppRequest } from "@/lib/html/in-app-request";
import { addMonths, adjacentMonths, isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { cachedScorecard, keep, monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { scorecardApprovalOf } from "@/lib/queries/scorecard-status";
import {
  filterRows,
  layoutFor,
  parseScorecardView,
  significantChanges,
  sortLinksFor,
  sortRows,
  spcSide,
  viewQuery,
  type RawSearchParams,
} from "@/lib/queries/scorecard-view";
import { ILLUSTRATIVE_BANDS_RULE } from "@/lib/seed/illustrative-bands";

type Params = { service: string; period: string };

const TABLE_ID = SCORECARD_TABLE_ID;

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { service, period } = await params;
  const area = SERVICE_AREAS.find((s) => s.key === service);
  return { title: area && isPeriod(period) ? `${area.name}: ${monthLabel(period)}` : "Scorecard" };
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
  const db = await getDb();
  // the version first: everything read after it is at least that new (lib/data-version.ts)
  const version = await requestDataVersion();
  const months = await monthsWithFigures({ db, version, service });
  // A month with no figures is not a scorecard: 404, with the nearest months that have (./not-found.tsx).
  if (!months.includes(period)) notFound();

  const { view, problems } = parseScorecardView(await searchParams);
  const requestHeaders = await headers();
  const layout = layoutFor(view, {
    mobileHint: requestHeaders.get("sec-ch-ua-mobile"),
    userAgent: requestHeaders.get("user-agent"),
  });
  const [{ document: scorecard }, approval] = await Promise.all([
    cachedScorecard({ db, period, service, version }),
    scorecardApprovalOf({ db, version, service, period }),
  ]);

  const base = `/scorecards/${service}/${period}`;
  const shownMonths = Array.from({ length: view.months }, (_, i) => addMonths(period, i - view.months + 1));
  const rows = sortRows(filterRows(scorecard.rows, view), view);
  const changes = significantChanges(scorecard.rows);
  const spcSides = Object.fromEntries(scorecard.rows.map((r) => [r.id, spcSide(r.spc)]));
  const around = adjacentMonths(months, period);
  const previousMonth = addMonths(period, -1);
  const caption = `${area.name} scorecard for ${monthLabel(period)}`;
  const anyIllustrative = rows.some((r) => r.bandsIllustrative && r.rag);
  const counts = commentaryCounts(scorecard.rows.map((r) => r.commentary?.status));
  const tableKey = `table|${service}|${period}|${viewQuery(view)}`;
  const tableHtml =
    layout === "table" && rows.length > 0
      ? await keep(db, version, tableKey, () =>
          scorecardTableHtml({
            id: TABLE_ID,
            caption,
            period,
            months: shownMonths,
            rows,
            sortLinks: sortLinksFor(base, view),
          }),
        )
      : "";
  // sent once: on a page load the table's HTML is read from this slot by the server render, not sent again in the payload
  const tableSlot = { name: slotName(db, "scorecard", version, tableKey), inline: await inAppRequest() };
  if (tableHtml) putKeptHtml(tableSlot.name, tableHtml);

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
            previous={around.previous ? { href: `/scorecards/${service}/${around.previous}${viewQuery(view)}`, text: monthLabel(around.previous) } : null}
            next={around.next ? { href: `/scorecards/${service}/${around.next}${viewQuery(view)}`, text: monthLabel(around.next) } : null}
          />
          <PrintButtons />
        </div>
      </div>
      <p className="text-sm text-gray-800">
        {scorecard.authority} · {scorecard.rows.length} indicators · SPC rules {scorecard.spcSettings.runLength}-point runs
        {scorecard.spcSettings.screenMovingRanges ? ", large moving ranges screened" : ""}
      </p>
      <ScorecardStatus counts={counts} approval={approval} />
      {problems.length > 0 ? (
        <Alert role="alert" tone="warning">
          <p className="font-semibold">Some of the address could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <SignificantChanges items={changes} period={period} previousMonth={monthLabel(previousMonth)} />
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
              <>
                Open a row&apos;s code for its benchmarks, SPC, outturns and full commentary.{" "}
                <Link href={`${base}${viewQuery(view, { layout: "cards" })}`}>Show as cards (easier on a phone)</Link>
              </>
            ) : (
              <Link href={`${base}${viewQuery(view, { layout: "table" })}`}>Show as a table</Link>
            )}
          </p>
          {layout === "table" ? (
            <ScorecardTable id={TABLE_ID} html={tableHtml} slot={tableSlot} detailsUrl={`${base}/details`} />
          ) : (
            <ScorecardCards period={period} months={shownMonths} rows={rows} spcSides={spcSides} />
          )}
        </>
      )}
      {anyIllustrative ? <p className="text-xs text-gray-800">* {ILLUSTRATIVE_BANDS_RULE}</p> : null}
      <ExportLinks base={`${base}/export`} />
      <p className="text-sm print:hidden">
        <Link href={`/reports/${period}`}>The monthly performance report for {monthLabel(period)}</Link>
      </p>
    </div>
  );
}
