// The indicator page's "How we compare": the authority against each named
// statistical neighbour and England over the years, from the DfE's own
// figures (lib/queries/benchmarks.ts), with every figure in the table below.
import { ChartData } from "@/components/chart-data";
import { ChartLegend } from "@/components/charts/chart-legend";
import { cardClass } from "@/components/ui/card";
import { benchmarkFigure as fig, LEFT_OUT_TEXT, QUARTILE_TEXT, rankText, rateSourceText } from "@/lib/benchmarks/words";
import type { Unit } from "@/lib/figures/types";
import type { HowWeCompare as Data } from "@/lib/queries/how-we-compare";
import { CompareLineChart } from "./compare-line-chart";

/**
 * `yearHref` is the address of this page showing another year in words; the
 * month's own year is the default (benchmarks of a later year are never the
 * month's).
 */
export function HowWeCompare({
  data,
  code,
  unit,
  decimals,
  yearHref,
}: {
  data: Data;
  code: string;
  unit: Unit;
  decimals: number;
  yearHref: (year: string | null) => string;
}) {
  const ours = `${data.authorityName} (ours)`;
  const categories = [ours, "England", "SN average", ...data.neighbours.map((n) => n.name)];
  const colors = ["blue", "purple", "amber", ...data.neighbours.map(() => "gray")];
  const chart = data.years.map((y) => ({
    year: y.yearLabel,
    [ours]: y.authority,
    England: y.england,
    "SN average": y.snAverage,
    ...Object.fromEntries(data.neighbours.map((n, i) => [n.name, y.neighbours[i]])),
  }));
  const chosen = data.selected;
  const last = data.years.at(-1)!;
  const shown = data.years.find((y) => y.year === chosen.year) ?? last;
  return (
    <section aria-labelledby="compare-heading" className={cardClass({ className: "print:break-inside-avoid" })}>
      <h2 id="compare-heading" className="text-lg font-semibold">
        How we compare
      </h2>
      <p className="text-sm text-gray-800">
        {data.authorityName}, England and its {data.neighbours.length} statistical neighbours (model {data.model}), {data.years[0].yearLabel} to {last.yearLabel}, from the DfE&apos;s{" "}
        {data.fileName}.
      </p>
      <nav aria-label="Benchmark year shown" className="mt-2 text-sm print:hidden">
        <span className="font-medium">Year: </span>
        <ul className="inline-flex flex-wrap gap-x-3 gap-y-1">
          {data.years.map((y) => (
            <li key={y.year}>
              <a
                href={yearHref(y.year === data.monthYear ? null : y.year)}
                aria-current={y.year === chosen.year ? "true" : undefined}
                className={y.year === chosen.year ? "font-semibold text-gray-900 no-underline" : "text-blue-900 underline"}
              >
                {y.yearLabel}
                {y.year === data.monthYear ? " (this month's)" : ""}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-2 text-sm text-gray-800">
        In <strong>{chosen.yearLabel}</strong>
        {chosen.year === data.monthYear ? " (the latest year ended by this month)" : data.monthYear === null ? " (no year had ended by this month)" : " (chosen; not this month's year)"}: {data.authorityName}{" "}
        {fig(chosen.authority.value)}, England {fig(chosen.england)}, SN average {fig(chosen.snAverage)}; rank {rankText(chosen.rankAll)} in England and{" "}
        {rankText(chosen.rankSn)} among the neighbours
        {chosen.quartile ? `; ${QUARTILE_TEXT[chosen.quartile].toLowerCase()} nationally` : ""}; SN average of {chosen.snWithData} with data.
        {chosen.rateFrom ? ` The rates are made from counts: ${rateSourceText(chosen.rateFrom)}.` : ""}
      </p>
      {chosen.snLeftOut.length ? (
        <ul className="mt-1 list-disc pl-6 text-sm text-gray-800" aria-label={`Neighbours left out in ${chosen.yearLabel}`}>
          {chosen.snLeftOut.map((l) => (
            <li key={l.code}>
              {l.name} ({l.code}) left out: {l.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {shown.local.disagrees ? (
        <p className="mt-1 text-sm font-semibold text-red-900">
          Our published {shown.yearLabel} figure ({fig(shown.local.published)}) and Lantern&apos;s outturn ({fig(shown.local.local)}) differ by more than {fig(data.tolerance)}: check the local figure and the return.
        </p>
      ) : null}
      <div className="mt-2">
        <ChartLegend
          items={[
            { name: ours, colour: "blue" },
            { name: "England", colour: "purple" },
            { name: "SN average", colour: "amber" },
            { name: "Each statistical neighbour", colour: "gray" },
          ]}
        />
      </div>
      <div aria-hidden="true" className="mt-2">
        <CompareLineChart data={chart} categories={categories} colors={colors} unit={unit} decimals={decimals} />
      </div>
      <p className="mt-1 text-xs text-gray-700">{LEFT_OUT_TEXT}</p>
      <ChartData
        caption={`${code}: ${data.authorityName} against England and each statistical neighbour, by year`}
        headers={["Year", ours, "England", "SN average", ...data.neighbours.map((n) => `${n.name} (${n.code})`), "Our outturn"]}
        rows={data.years.map((y) => [
          y.yearLabel,
          fig(y.authority),
          fig(y.england),
          fig(y.snAverage),
          ...y.neighbours.map((v) => fig(v)),
          y.local.local === null ? "n/a" : `${fig(y.local.local)}${y.local.disagrees ? " (differs)" : ""}`,
        ])}
      />
    </section>
  );
}
