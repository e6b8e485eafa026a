// Filter the scorecard by RAG, judgement and council plan, and choose how
// many months to show. A plain GET form: the view lives in the URL, so it
// can be bookmarked and shared, and works without script.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Select, Options } from "@/components/ui/field";
import type { ScorecardView } from "@/lib/views/scorecard-view";

function Choice({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
}) {
  return (
    <Field id={`filter-${name}`} name={name} label={label} labelStyle="xs">
      <Select size="sm" className="px-2 text-sm" defaultValue={value}>
        <Options options={options.map(([v, text]) => ({ value: v, label: text }))} />
      </Select>
    </Field>
  );
}

export function ScorecardFilters({ action, values, shown, total }: { action: string; values: ScorecardView; shown: number; total: number }) {
  const filtered = values.rag !== null || values.judgement !== null || values.plan !== null;
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 print:hidden" aria-label="Filter the scorecard">
      <Choice
        name="rag"
        label="RAG"
        value={values.rag ?? ""}
        options={[["", "All"], ["red", "Red"], ["amber", "Amber"], ["green", "Green"], ["none", "No RAG"]]}
      />
      <Choice
        name="judgement"
        label="Judgement"
        value={values.judgement ?? ""}
        options={[["", "All"], ["better", "Better"], ["worse", "Worse"], ["same", "No change"], ["neutral", "No judgement (information)"], ["none", "No figure to compare"]]}
      />
      <Choice name="plan" label="Council plan" value={values.plan ?? ""} options={[["", "All"], ["yes", "Council plan only"], ["no", "Not council plan"]]} />
      <Choice name="months" label="Months shown" value={String(values.months)} options={[["3", "3 months"], ["6", "6 months"], ["12", "12 months (wide screens)"]]} />
      <Choice
        name="sort"
        label="Sort by"
        value={values.sort}
        options={[
          ["position", "Catalogue order"],
          ["code", "Code"],
          ["title", "Indicator"],
          ["owner", "Owner"],
          ["reporter", "Reporter"],
          ["value", "Latest figure"],
          ["change", "Change"],
          ["judgement", "Direction (worse first)"],
          ["rag", "RAG (red first)"],
          ["ytd", "Year to date"],
          ["target", "Distance to target"],
          ["spc", "SPC (concern first)"],
          ["commentary", "Commentary status"],
        ]}
      />
      <Choice name="dir" label="Order" value={values.dir} options={[["asc", "Ascending"], ["desc", "Descending"]]} />
      {values.layout ? <input type="hidden" name="layout" value={values.layout} /> : null}
      <Button type="submit" size="sm">
        Apply
      </Button>
      {filtered ? (
        <Link href={action} className="py-1.5 text-sm">
          Clear filters
        </Link>
      ) : null}
      <p className="w-full text-sm text-gray-800" role="status">
        Showing {shown} of {total} indicators.
      </p>
    </form>
  );
}
