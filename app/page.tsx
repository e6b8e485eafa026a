import Link from "next/link";
import { redirect } from "next/navigation";
import { MonthNav } from "@/components/scorecard/month-nav";
import { ExportLinks } from "@/components/scorecard/export-links";
import { RagSplitBars } from "@/components/charts/rag-split-bars";
import { serviceCardsHtml } from "@/components/overview/service-cards-html";
import { KeptHtml } from "@/components/ui/kept-html";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { requestDataVersion, requireUser } from "@/lib/auth/session";
import { adjacentMonths, isPeriod } from "@/lib/figures";
import { inAppRequest } from "@/lib/html/in-app-request";
import { keptHtmlFor } from "@/lib/html/kept-html";
import { monthLabel } from "@/lib/format";
import { bottomQuartileIndicators } from "@/lib/queries/benchmarks";
import { overviewFor } from "@/lib/queries/overview";
import { keep, monthsWithFigures } from "@/lib/queries/scorecard-cache";

// The root layout's title template does not reach its own segment: the suffix is written here.
// A month chosen by its link is named, so each month's overview has its own title.
export async function generateMetadata({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const raw = (await searchParams).period;
  const period = Array.isArray(raw) ? raw[0] : raw;
  return { title: { absolute: period && isPeriod(period) ? `Overview: ${monthLabel(period)} · Lantern` : "Overview · Lantern" } };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const user = await requireUser();
  // Board members have no live data: their home is the published papers.
  if (!can(user, "scorecard.read")) redirect("/board");
  const db = await getDb();
  const raw = (await searchParams).period;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const badPeriod = requested !== undefined && requested !== "" && !isPeriod(requested);
  const version = await requestDataVersion();
  const months = await monthsWithFigures({ db, version });
  const latest = months.at(-1) ?? null;
  const period = requested && !badPeriod ? requested : latest;
  if (!period) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Overview</h1>
        <p className="mt-4">
          No figures have been loaded yet. The performance team loads them at{" "}
          {can(user, "data.load") ? (
            <Link className="font-semibold text-blue-900 underline" href="/admin/import">
              Import figures
            </Link>
          ) : (
            "Import figures"
          )}{" "}
          or with <code>npm run lantern -- import values FILE</code>.
        </p>
      </div>
    );
  }
  const around = adjacentMonths(months, period);
  if (!months.includes(period)) {
    return (
      <div>
        <h1 className="text-2xl font-bold">No figures have been loaded for {monthLabel(period)}</h1>
        <p className="mt-2 text-gray-800">There is no overview for a month without figures. The nearest months that have them:</p>
        <ul className="mt-2 space-y-1">
          {[around.previous, around.next].filter((m): m is string => m !== null).map((m) => (
            <li key={m}>
              <Link href={`/?period=${m}`}>Overview: {monthLabel(m)}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  // The cards are built once per data version (a benchmark release or the authority's model moves it on too)
  // and sent once: on a page load the server render reads them from their slot (components/ui/kept-html.tsx).
  const [services, bottomQuartile] = await Promise.all([
    overviewFor({ db, period, version }),
    keep(db, version, `bottom-quartile|${period}`, () => bottomQuartileIndicators({ db, period })),
  ]);
  const { html: cards, slot } = await keptHtmlFor(db, version, `overview-cards|${period}`, () =>
    serviceCardsHtml(
      services.map((s) => ({
        name: s.name,
        period,
        indicators: s.indicators,
        rag: s.rag,
        judgement: s.judgement,
        commentary: s.commentary,
        status: s.status,
        movers: s.movers,
        newReds: s.newReds,
        bottomQuartile: s.rows.filter((r) => bottomQuartile.has(r.id)).map((r) => ({ code: r.code, title: r.title, year: bottomQuartile.get(r.id)! })),
        href: s.withFigures > 0 ? `/scorecards/${s.key}/${period}` : null,
      })),
    ).value,
  );
  const inline = await inAppRequest();
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Overview: {monthLabel(period)}</h1>
        <div className="flex flex-wrap items-center gap-4">
          <MonthNav
            previous={around.previous ? { href: `/?period=${around.previous}`, text: monthLabel(around.previous) } : null}
            next={around.next ? { href: `/?period=${around.next}`, text: monthLabel(around.next) } : null}
          />
          <Link className="print:hidden" href={`/reports/${period}/print`}>
            Print the board paper
          </Link>
        </div>
      </div>
      {badPeriod ? (
        <Alert role="alert" tone="warning" className="mt-3">
          &quot;{String(requested).slice(0, 40)}&quot; is not a month in the form YYYY-MM (e.g. 2020-04), so the latest month is shown.
        </Alert>
      ) : null}
      <p className="mt-1 text-gray-800">Every service area&apos;s scorecard for the month. Choose one to see its indicators.</p>
      {can(user, "data.load") ? (
        <p className="mt-1 print:hidden">
          <Link className="font-semibold text-blue-900 underline" href="/admin/import">
            Import figures
          </Link>{" "}
          (a month&apos;s values, revisions, the catalogue, benchmarks) ·{" "}
          <Link className="font-semibold text-blue-900 underline" href="/admin/imports">
            Import history
          </Link>
        </p>
      ) : null}
      {services.length === 0 ? <p className="mt-6">No indicators have figures for {monthLabel(period)}.</p> : null}
      <KeptHtml slot={slot} html={inline ? cards : undefined} />
      {/* a new slot (another month, new figures) is a new set of placeholders: drawn by a new instance */}
      <RagSplitBars key={slot} scope={slot} />
      {services.length > 0 ? (
        <div className="mt-6">
          <ExportLinks base={`/api/export/${period}`} title="Download every scorecard for the month" />
          <p className="mt-2 text-sm print:hidden">
            <Link href={`/reports/${period}`}>The monthly performance report for {monthLabel(period)}</Link> (summary table, a page per service, XLSX)
          </p>
        </div>
      ) : null}
    </div>
  );
}
