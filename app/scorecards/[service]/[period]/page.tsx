import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButtons } from "@/components/scorecard/print-buttons";
import { ExportLinks } from "@/components/scorecard/export-links";
import { MonthNav } from "@/components/scorecard/month-nav";
import { scorecardCardsHtml } from "@/components/scorecard/scorecard-cards-html";
import { ScorecardFilters } from "@/components/scorecard/scorecard-filters";
import { ScorecardStatus } from "@/components/scorecard/scorecard-status";
import { ScorecardTable } from "@/components/scorecard/scorecard-table";
import { SCORECARD_TABLE_ID, scorecardTableHtml } from "@/components/scorecard/scorecard-table-html";
import { significantChangesHtml } from "@/components/scorecard/significant-changes-html";
import { KeptHtml } from "@/components/ui/kept-html";
import { SpcIconSprite } from "@/components/spc-icons";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { commentaryCounts, rowCommentaryState } from "@/lib/commentary/status";
import { keptHtmlFor } from "@/lib/html/kept-html";
import { inAppRequest } from "@/lib/html/in-app-request";
import { addMonths, adjacentMonths, isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { cachedScorecard, monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { scorecardApprovalOf } from "@/lib/queries/scorecard-status";
import { serviceAreaByKey } from "@/lib/queries/service-areas";
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
} from "@/lib/views/scorecard-view";
import { ILLUSTRATIVE_BANDS_RULE } from "@/lib/seed/illustrative-bands";

type Params = { service: string; period: string };

const TABLE_ID = SCORECARD_TABLE_ID;

export async function generateMetadata({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<RawSearchParams> }) {
  const { service, period } = await params;
  // a layout chosen by its link is named, so the title changes with it (the same address, a new query)
  const chosen = parseScorecardView(await searchParams).view.layout;
  const shownAs = chosen === "cards" ? ", as cards" : chosen === "table" ? ", as a table" : "";
  const area = isPeriod(period) ? await serviceAreaByKey({ db: await getDb(), key: service }) : null;
  if (!area || !isPeriod(period)) return { title: "Scorecard" };
  // a month without figures is the not-found page: its title says so too (the months are kept per data version)
  const months = await monthsWithFigures({ db: await getDb(), version: await requestDataVersion(), service });
  return { title: months.includes(period) ? `${area.name}: ${monthLabel(period)}${shownAs}` : `No figures for ${monthLabel(period)}` };
}

export default async function ServiceScorecardPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { service, period } = await params;
  const area = isPeriod(period) ? await serviceAreaByKey({ db: await getDb(), key: service }) : null;
  if (!area || !isPeriod(period)) notFound();
  await requirePageAccess("scorecard.read", { serviceKey: service });
  const db = await getDb();
  // the version first: everything read after it is at least that new (lib/data-version.ts)
  const version = await requestDataVersion();
  const months = await monthsWithFigures({ db, version, service });
  // A month with no figures is not a scorecard: 404, with the nearest months that have (./not-found.tsx).
  if (!months.includes(period)) notFound();

  const { view, problems } = parseScorecardView(await searchParams);
  const layout = layoutFor(view);
  // with no layout in the address both are drawn and the width chooses (cards below md, the table above and in print)
  const widthChooses = layout === "by-width";
  const tableBox = widthChooses ? "hidden md:block print:block" : "";
  const cardsBox = widthChooses ? "md:hidden print:hidden" : "";
  const [{ document: scorecard }, approval] = await Promise.all([
    cachedScorecard({ db, period, service, version }),
    scorecardApprovalOf({ db, version, service, period }),
  ]);

  const base = `/scorecards/${service}/${period}`;
  const shownMonths = Array.from({ length: view.months }, (_, i) => addMonths(period, i - view.months + 1));
  const rows = sortRows(filterRows(scorecard.rows, view), view);
  const spcSides = Object.fromEntries(scorecard.rows.map((r) => [r.id, spcSide(r.spc)]));
  const around = adjacentMonths(months, period);
  const previousMonth = addMonths(period, -1);
  const caption = `${area.name} scorecard for ${monthLabel(period)}`;
  const anyIllustrative = rows.some((r) => r.bandsIllustrative && r.rag);
  const counts = commentaryCounts(scorecard.rows.map((r) => rowCommentaryState(r.hasFigure, r.commentary?.status)));
  // The table and the list of changes are built once per data version, and sent once: on a page
  // load the server render reads them from their slots, not again from the payload (components/ui/kept-html.tsx).
  const inline = await inAppRequest();
  const kept = async (key: string, build: () => string) => {
    const { html, slot } = await keptHtmlFor(db, version, key, build);
    return { html, slot: { name: slot, inline } };
  };
  const table =
    layout !== "cards" && rows.length > 0
      ? await kept(`table|${service}|${period}|${viewQuery(view)}`, () =>
          scorecardTableHtml({
            id: TABLE_ID,
            caption,
            period,
            months: shownMonths,
            rows,
            sortLinks: sortLinksFor(base, view),
          }).value,
        )
      : null;
  const cards =
    layout !== "table" && rows.length > 0
      ? await kept(`cards|${service}|${period}|${viewQuery(view)}`, () => scorecardCardsHtml({ period, months: shownMonths, rows, spcSides }).value)
      : null;
  const changes = await kept(`changes|${service}|${period}`, () =>
    significantChangesHtml({ items: significantChanges(scorecard.rows), period, previousMonth: monthLabel(previousMonth) }).value,
  );

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
      <KeptHtml slot={changes.slot.name} html={changes.slot.inline ? changes.html : undefined} />
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
          {layout !== "cards" ? (
            <p className={`text-sm print:hidden ${tableBox}`}>
              Open a row&apos;s code for its benchmarks, SPC, outturns and full commentary.{" "}
              <Link href={`${base}${viewQuery(view, { layout: "cards" })}`}>Show as cards (easier on a phone)</Link>
            </p>
          ) : null}
          {layout !== "table" ? (
            <p className={`text-sm print:hidden ${cardsBox}`}>
              <Link href={`${base}${viewQuery(view, { layout: "table" })}`}>Show as a table</Link>
            </p>
          ) : null}
          {table ? (
            <div className={tableBox}>
              <ScorecardTable id={TABLE_ID} html={table.html} slot={table.slot} detailsUrl={`${base}/details`} />
            </div>
          ) : null}
          {cards ? (
            <div className={cardsBox}>
              <KeptHtml slot={cards.slot.name} html={cards.slot.inline ? cards.html : undefined} />
            </div>
          ) : null}
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
