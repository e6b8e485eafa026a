// Filter the scorecard by RAG, judgement and council plan, and choose how
// many months to show. A plain GET form: the view lives in the URL, so it
// can be bookmarked and shared, and works without script.
import Link from "next/link";

export interface FilterValues {
  rag: string | null;
  judgement: string | null;
  plan: string | null;
  months: number;
  sort: string;
  dir: string;
  layout: string | null;
}

const SELECT_CLASS = "mt-1 block rounded border border-gray-600 bg-white px-2 py-1 text-sm text-gray-900";

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
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-semibold text-gray-900">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={SELECT_CLASS}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ScorecardFilters({ action, values, shown, total }: { action: string; values: FilterValues; shown: number; total: number }) {
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
      <Choice name="months" label="Months shown" value={String(values.months)} options={[["6", "6 months"], ["12", "12 months"]]} />
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
      <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-900">
        Apply
      </button>
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
