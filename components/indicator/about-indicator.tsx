// The catalogue entry of an indicator: what it measures, who owns it, how it
// is judged and counted.
import { bandText } from "@/components/indicator/band-text";
import type { IndicatorPage } from "@/lib/queries/indicator";
import { AGGREGATION_TEXT, FREQUENCY_TEXT, POLARITY_TEXT, UNIT_TEXT } from "@/lib/figures/vocabulary";
import { ILLUSTRATIVE_BANDS_RULE } from "@/lib/seed/illustrative-bands";

export function AboutIndicator({ indicator: ind }: { indicator: IndicatorPage["indicator"] }) {
  const bands = bandText(ind.bands, ind.unit, ind.decimals, ind.target);
  return (
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
          {UNIT_TEXT[ind.unit]}, {FREQUENCY_TEXT[ind.frequency]}; year to date {AGGREGATION_TEXT[ind.aggregation]}
          {ind.councilPlan ? "; a council plan indicator" : ""}
        </dd>
      </dl>
    </section>
  );
}
