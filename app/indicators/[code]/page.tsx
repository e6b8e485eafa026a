import Link from "next/link";
import { notFound } from "next/navigation";
import { HowWeCompare } from "@/components/benchmarks/how-we-compare";
import { AboutIndicator } from "@/components/indicator/about-indicator";
import { CommentaryHistory } from "@/components/indicator/commentary-history";
import { OutturnSection, SpcSection, TrendSection } from "@/components/indicator/indicator-charts";
import { MonthSummary } from "@/components/indicator/month-summary";
import { MonthlyTable } from "@/components/indicator/monthly-table";
import { indicatorHref } from "@/components/links";
import { PrintButton } from "@/components/print-button";
import { RagHistory } from "@/components/rag-history";
import { MonthNav } from "@/components/scorecard/month-nav";
import { SpcIconSprite } from "@/components/spc-icons";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { adjacentMonths, isPeriod, ragHistory } from "@/lib/figures";
import { outturnChart, spcChartView, trendChart } from "@/lib/views/indicator-charts";
import { monthLabel } from "@/lib/format";
import { howWeCompare } from "@/lib/queries/how-we-compare";
import { indicatorPageFor } from "@/lib/queries/indicator";
import { BandHistory } from "@/components/indicator/band-history";
import { BreakdownFigure } from "@/components/breakdown-chart";
import { CohortFigure } from "@/components/cohort-flow";
import { addMonths } from "@/lib/figures/periods";
import { indicatorBreakdowns } from "@/lib/queries/breakdowns";
import { indicatorCohorts } from "@/lib/queries/cohorts";
import { breakdownView } from "@/lib/views/breakdown-view";
import { cohortView } from "@/lib/views/cohort-view";
import { spcSide } from "@/lib/views/scorecard-view";

type Params = { code: string };
type Search = { period?: string | string[]; compareYear?: string | string[] };

/** Codes like "M6-QL (val)" arrive percent-encoded; a malformed escape is read as it stands, never a 500. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function generateMetadata({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const { code } = await params;
  // a month chosen by its link is named, so each month's page has its own title
  const raw = (await searchParams).period;
  const period = Array.isArray(raw) ? raw[0] : raw;
  return { title: `Indicator ${safeDecode(code)}${period && isPeriod(period) ? `, ${monthLabel(period)}` : ""}` };
}

export default async function IndicatorPageRoute({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  await requirePageAccess("scorecard.read");
  const code = safeDecode((await params).code);
  const raw = (await searchParams).period;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const badPeriod = requested !== undefined && requested !== "" && !isPeriod(requested);
  const data = await indicatorPageFor({ db: await getDb(), code, period: requested && !badPeriod ? requested : null });
  if (!data) notFound();
  const { indicator: ind, figures: f, period, months } = data;
  const rawYear = (await searchParams).compareYear;
  const compareYear = (Array.isArray(rawYear) ? rawYear[0] : rawYear) ?? null;
  const compare = await howWeCompare({ db: await getDb(), indicatorId: ind.id, period, year: compareYear });
  const compareYearHref = (year: string | null) => `${indicatorHref(ind.code, period)}${year ? `&compareYear=${encodeURIComponent(year)}` : ""}#compare-heading`;
  const shown = { code: ind.code, unit: ind.unit, decimals: ind.decimals };
  const breakdowns = (await indicatorBreakdowns({ db: await getDb(), indicatorIds: [ind.id], from: addMonths(period, -11), to: period })).get(ind.id) ?? [];
  const cohort = (await indicatorCohorts({ db: await getDb(), indicatorIds: [ind.id], period })).get(ind.id);
  const { previous, next } = adjacentMonths(data.periodsWithFigures, period);

  return (
    <div className="space-y-6">
      <SpcIconSprite />
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href={`/?period=${period}`}>Overview</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={`/scorecards/${ind.service.key}/${period}`}>{ind.service.name}</Link> <span aria-hidden="true">›</span> {ind.code}
      </nav>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          <span className="font-mono">{ind.code}</span>: {ind.title}
        </h1>
        <div className="flex flex-wrap items-center gap-4">
          <MonthNav
            previous={previous ? { href: indicatorHref(ind.code, previous), text: monthLabel(previous) } : null}
            next={next ? { href: indicatorHref(ind.code, next), text: monthLabel(next) } : null}
          />
          <PrintButton />
        </div>
      </div>
      {badPeriod ? (
        <Alert role="alert" tone="warning">
          &quot;{String(requested).slice(0, 40)}&quot; is not a month in the form YYYY-MM (e.g. 2020-04), so the latest month is shown.
        </Alert>
      ) : null}

      <MonthSummary period={period} figures={f} unit={ind.unit} decimals={ind.decimals} frequency={ind.frequency} bandsIllustrative={ind.bandsIllustrative} spcSide={spcSide(f.spc)} emptyReason={months.find((m) => m.period === period)?.note ?? null} />
      <Card aria-labelledby="rag-history-heading">
        <h2 id="rag-history-heading" className="text-lg font-semibold">
          RAG, the last 12 months
        </h2>
        <div className="mt-2">
          <RagHistory history={ragHistory({ values: months, bands: ind.bands, period })} />
        </div>
      </Card>
      <AboutIndicator indicator={ind} />
      {data.bandHistory.length > 0 ? <BandHistory history={data.bandHistory} unit={ind.unit} decimals={ind.decimals} /> : null}
      <TrendSection {...shown} chart={trendChart({ months, figures: f, ...shown })} period={period} hasTarget={f.target !== null} />
      <SpcSection {...shown} view={spcChartView({ spc: f.spc, ...shown })} spc={f.spc} target={f.target} />
      <OutturnSection {...shown} chart={outturnChart({ outturns: data.outturns, ...shown })} benchmarks={data.benchmarks} />
      {breakdowns.length > 0 ? (
        <section aria-labelledby="breakdowns-heading" className="space-y-3">
          <h2 id="breakdowns-heading" className="text-lg font-semibold">
            Breakdowns
          </h2>
          {breakdowns.map((b) => (
            <BreakdownFigure key={b.dimension.key} view={breakdownView(b, period)} code={ind.code} />
          ))}
        </section>
      ) : null}
      {cohort ? (
        <section aria-labelledby="cohort-heading" className="space-y-3">
          <h2 id="cohort-heading" className="text-lg font-semibold">
            Cohort: followed since {monthLabel(cohort.startMonth)}
          </h2>
          <CohortFigure view={cohortView(cohort)} code={ind.code} title={ind.title} />
        </section>
      ) : null}
      {compare ? <HowWeCompare data={compare} {...shown} yearHref={compareYearHref} /> : null}

      <section aria-labelledby="monthly-heading">
        <h2 id="monthly-heading" className="text-lg font-semibold">
          Monthly figures
        </h2>
        <div className="mt-2">
          <MonthlyTable rows={months} unit={ind.unit} decimals={ind.decimals} caption={`${ind.code} monthly figures and revisions`} />
        </div>
      </section>

      <section aria-labelledby="commentary-heading">
        <h2 id="commentary-heading" className="text-lg font-semibold">
          Commentary, month by month
        </h2>
        <div className="mt-2">
          <CommentaryHistory items={data.commentary} />
        </div>
      </section>
    </div>
  );
}
