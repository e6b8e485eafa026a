import Link from "next/link";
import { notFound } from "next/navigation";
import { BenchmarkList, BENCHMARK_LABELS, type BenchmarkKindWord } from "@/components/benchmark-list";
import { ChartData } from "@/components/chart-data";
import { ChartLegend } from "@/components/charts/chart-legend";
import { OutturnBarChart } from "@/components/charts/outturn-bar-chart";
import { SpcChart, SpcLegend } from "@/components/charts/spc-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { DirectionLabel } from "@/components/direction-label";
import { bandText } from "@/components/indicator/band-text";
import { CommentaryHistory } from "@/components/indicator/commentary-history";
import { MonthlyTable } from "@/components/indicator/monthly-table";
import { POLARITY_TEXT } from "@/components/polarity-text";
import { PrintButton } from "@/components/print-button";
import { RagBadge } from "@/components/rag-badge";
import { MonthNav } from "@/components/scorecard/month-nav";
import { TargetCell } from "@/components/scorecard/target-cell";
import { ASSURANCE_TEXT, SpcIconSprite, SpcSummary, VARIATION_TEXT } from "@/components/spc-icons";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { addMonths, isPeriod } from "@/lib/figures";
import { formatChangePct, formatValue, monthLabel, shortMonthLabel } from "@/lib/format";
import { indicatorPageFor } from "@/lib/queries/indicator";
import { spcSide } from "@/lib/queries/scorecard-view";
import { ILLUSTRATIVE_BANDS_RULE } from "@/lib/seed/illustrative-bands";

type Params = { code: string };
type Search = { period?: string | string[] };

const SPECIAL_TEXT = { improvement: "Special cause: improvement", concern: "Special cause: concern", neither: "Special cause (neither)" } as const;
const RULE_TEXT = { outside_limits: "outside a process limit", trend: "trend", two_in_three: "two of three beyond two sigma", shift: "shift" } as const;
const CHART_COLOURS: Record<string, string> = { Value: "blue", Target: "slate", England: "purple", "SN average": "amber", Region: "emerald" };

/** Codes like "M6-QL (val)" arrive percent-encoded; a malformed escape is read as it stands, never a 500. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { code } = await params;
  return { title: `Indicator ${safeDecode(code)}` };
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
  const fmt = (n: number | null) => formatValue(n, ind.unit, ind.decimals);
  const here = `/indicators/${encodeURIComponent(ind.code)}`;

  const benchmarkLines = (["england", "sn_average", "region"] as const)
    .filter((k) => f.benchmarks[k] !== undefined)
    .map((k) => ({ name: BENCHMARK_LABELS[k], value: f.benchmarks[k]! }));
  const categories = ["Value", ...(f.target !== null ? ["Target"] : []), ...benchmarkLines.map((b) => b.name)];
  const trendData = months.map((m) => ({
    month: shortMonthLabel(m.period),
    Value: m.value,
    ...(f.target !== null ? { Target: f.target } : {}),
    ...Object.fromEntries(benchmarkLines.map((b) => [b.name, b.value])),
  }));
  const bands = bandText(ind.bands, ind.unit, ind.decimals);
  const spc = f.spc;

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
            previous={{ href: `${here}?period=${addMonths(period, -1)}`, text: monthLabel(addMonths(period, -1)) }}
            next={
              data.latestPeriod && period < data.latestPeriod
                ? { href: `${here}?period=${addMonths(period, 1)}`, text: monthLabel(addMonths(period, 1)) }
                : null
            }
          />
          <PrintButton />
        </div>
      </div>
      {badPeriod ? (
        <div role="alert" className="rounded border-l-4 border-orange-700 bg-orange-50 p-3 text-sm">
          &quot;{String(requested).slice(0, 40)}&quot; is not a month in the form YYYY-MM (e.g. 2020-04), so the latest month is shown.
        </div>
      ) : null}

      <section aria-labelledby="month-heading" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="month-heading" className="text-lg font-semibold">
          {monthLabel(period)}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
          <div>
            <dt className="text-gray-700">Figure</dt>
            <dd className="text-2xl font-bold tabular-nums">{fmt(f.value)}</dd>
            {f.revised ? <dd className="text-xs font-semibold text-purple-800">Figure revised</dd> : null}
          </div>
          <div>
            <dt className="text-gray-700">Since {f.previousPeriod ? monthLabel(f.previousPeriod) : "last period"}</dt>
            <dd>
              {formatChangePct(f.changeFromPreviousPct)} <DirectionLabel direction={f.direction} judgement={f.judgement} />
            </dd>
          </div>
          <div>
            <dt className="text-gray-700">Since a year ago</dt>
            <dd>{formatChangePct(f.changeFromLastYearPct)}</dd>
          </div>
          <div>
            <dt className="text-gray-700">RAG</dt>
            <dd>
              <RagBadge rag={f.rag} illustrative={ind.bandsIllustrative} />
            </dd>
          </div>
          <div>
            <dt className="text-gray-700">Year to date</dt>
            <dd className="tabular-nums">{f.ytd === null ? (f.ytdNote ?? "n/a") : fmt(f.ytd)}</dd>
          </div>
          <div>
            <dt className="text-gray-700">Target</dt>
            <dd>
              <TargetCell target={f.target} distance={f.distanceToTarget} unit={ind.unit} decimals={ind.decimals} />
            </dd>
          </div>
          <div>
            <dt className="text-gray-700">12-month average</dt>
            <dd className="tabular-nums">{fmt(f.average12)}</dd>
          </div>
          <div>
            <dt className="text-gray-700">12-month maximum</dt>
            <dd className="tabular-nums">{fmt(f.max12)}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-gray-700">SPC</dt>
            <dd>
              <SpcSummary kind={spc.kind} variation={spc.variation} assurance={spc.assurance} side={spcSide(spc)} />
            </dd>
          </div>
          <div className="col-span-2">
            <dt className="text-gray-700">Benchmarks</dt>
            <dd>
              <BenchmarkList items={f.benchmarkComparisons} unit={ind.unit} decimals={ind.decimals} />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-lg font-semibold">
          About this indicator
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-gray-800">Definition</dt>
          <dd>{ind.definition ?? "Not recorded"}</dd>
          <dt className="font-medium text-gray-800">What good looks like</dt>
          <dd>{ind.outcome ?? "Not recorded"}</dd>
          <dt className="font-medium text-gray-800">Owner</dt>
          <dd>{ind.owner?.name ?? "Not assigned"}</dd>
          <dt className="font-medium text-gray-800">Reporter</dt>
          <dd>{ind.reporter?.name ?? "Not assigned"}</dd>
          <dt className="font-medium text-gray-800">Polarity</dt>
          <dd>{POLARITY_TEXT[ind.polarity]}</dd>
          <dt className="font-medium text-gray-800">RAG bands</dt>
          <dd>
            {bands ?? "No RAG bands"}
            {bands && ind.bandsIllustrative ? <span className="block text-xs text-gray-700">{ILLUSTRATIVE_BANDS_RULE}</span> : null}
          </dd>
          <dt className="font-medium text-gray-800">Counted</dt>
          <dd>
            {ind.unit.replaceAll("_", " ")}, {ind.frequency}; year to date by {ind.aggregation}
            {ind.councilPlan ? "; a council plan indicator" : ""}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="trend-heading" className="rounded border border-gray-300 bg-white p-4 print:break-inside-avoid">
        <h2 id="trend-heading" className="text-lg font-semibold">
          Month by month
        </h2>
        <p className="text-sm text-gray-800">
          {months.length} months to {monthLabel(period)}
          {f.target !== null ? ", with the target" : ""}
          {benchmarkLines.length ? `, and ${benchmarkLines.map((b) => b.name).join(", ")} for comparison` : ""}.
        </p>
        <div className="mt-2">
          <ChartLegend items={categories.map((c) => ({ name: c, colour: CHART_COLOURS[c] ?? "gray" }))} />
        </div>
        <div aria-hidden="true" className="mt-2">
          <TrendLineChart data={trendData} categories={categories} colors={categories.map((c) => CHART_COLOURS[c] ?? "gray")} unit={ind.unit} decimals={ind.decimals} />
        </div>
        <ChartData
          caption={`${ind.code} month by month`}
          headers={["Month", ...categories]}
          rows={trendData.map((d) => [d.month, ...categories.map((c) => fmt((d as Record<string, number | null | string>)[c] as number | null))])}
        />
      </section>

      <section aria-labelledby="spc-heading" className="rounded border border-gray-300 bg-white p-4 print:break-inside-avoid">
        <h2 id="spc-heading" className="text-lg font-semibold">
          Statistical process control
        </h2>
        <p className="text-sm text-gray-800">
          {spc.kind === "xmr"
            ? `XmR chart of ${spc.points.length} points: mean ${fmt(spc.mean)}, process limits ${fmt(spc.lower)} to ${fmt(spc.upper)}.`
            : `Run chart: ${spc.points.length} points, fewer than the 13 an XmR chart needs, so there are no process limits yet; shifts and trends are still marked.`}{" "}
          Rules: {spc.ruleVersion}, runs of {spc.runLength}
          {spc.screenMovingRanges ? ", large moving ranges screened out" : ""}
          {spc.baselinePoints ? `, baseline the first ${spc.baselinePoints} points` : ""}. Latest reading:{" "}
          {spc.variation ? VARIATION_TEXT[spc.variation] : "none"}
          {spc.assurance ? `; ${ASSURANCE_TEXT[spc.assurance]}` : ""}.
        </p>
        <div className="mt-2">
          <SpcChart
            title={`SPC chart for ${ind.code}: each point's reading is in the table below`}
            points={spc.points.slice(-36).map((p) => ({ period: p.period, label: shortMonthLabel(p.period), value: p.value, special: p.special }))}
            mean={spc.mean}
            upper={spc.upper}
            lower={spc.lower}
            upperTwoSigma={spc.upperTwoSigma}
            lowerTwoSigma={spc.lowerTwoSigma}
            target={f.target}
            format={(n) => fmt(n)}
          />
        </div>
        <SpcLegend withTarget={f.target !== null} />
        <p className="mt-2 text-xs text-gray-700">
          Reading SPC: NHS England, &quot;Making Data Count&quot;. Points inside the limits with no pattern are common cause (the
          usual noise); a point outside a limit, a run of {spc.runLength} on one side of the mean, a trend of {spc.runLength}, or
          two of three beyond two sigma is special cause, and is marked improvement or concern by the indicator&apos;s polarity.
        </p>
        <ChartData
          caption={`${ind.code} SPC points`}
          headers={["Month", "Figure", "Reading"]}
          rows={spc.points.map((p) => [
            monthLabel(p.period),
            fmt(p.value),
            p.special ? `${SPECIAL_TEXT[p.special]}${p.rule ? ` (${RULE_TEXT[p.rule]})` : ""}` : "Common cause",
          ])}
        />
      </section>

      <section aria-labelledby="outturn-heading" className="rounded border border-gray-300 bg-white p-4 print:break-inside-avoid">
        <h2 id="outturn-heading" className="text-lg font-semibold">
          Year-end outturns and benchmarks
        </h2>
        {data.outturns.length === 0 ? (
          <p className="text-sm text-gray-800">No outturns have been loaded for this indicator.</p>
        ) : (
          <>
            <div aria-hidden="true" className="mt-2 max-w-2xl">
              <OutturnBarChart data={data.outturns.map((o) => ({ year: o.year, Outturn: o.value }))} unit={ind.unit} decimals={ind.decimals} />
            </div>
            <ChartData caption={`${ind.code} outturns`} headers={["Year", "Outturn"]} rows={data.outturns.map((o) => [o.year, fmt(o.value)])} />
          </>
        )}
        <h3 className="mt-4 font-semibold">Benchmarks loaded</h3>
        {data.benchmarks.length === 0 ? (
          <p className="text-sm text-gray-800">None loaded.</p>
        ) : (
          <table className="mt-1 text-sm">
            <caption className="sr-only">{ind.code} benchmarks</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="pr-4">Comparator</th>
                <th scope="col" className="pr-4">Year</th>
                <th scope="col" className="text-right">Figure</th>
              </tr>
            </thead>
            <tbody>
              {data.benchmarks.map((b) => (
                <tr key={`${b.kind}-${b.year}`}>
                  <th scope="row" className="pr-4 text-left font-normal">{BENCHMARK_LABELS[b.kind as BenchmarkKindWord]}</th>
                  <td className="pr-4">{b.year}</td>
                  <td className="text-right tabular-nums">{fmt(b.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

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
