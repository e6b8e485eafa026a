// Every field of an indicator (docs/data-formats.md, indicators.csv) as a form,
// with the live band preview beside the bands and the formula with its preview.
import { Field, Input, Options, Select, Textarea } from "@/components/ui/field";
import { BandPreview } from "./band-preview";
import { FormulaEditor } from "./formula-editor";
import type { Bands, IndicatorSettings } from "@/lib/figures/types";

export interface IndicatorValues extends IndicatorSettings {
  id: number;
  code: string;
  title: string;
  serviceKey: string;
  ownerId: string | null;
  reporterId: string | null;
  councilPlan: boolean;
  partOf: string | null;
  formula: string | null;
}

export interface IndicatorChoices {
  services: { value: string; label: string }[];
  polarities: { value: string; label: string }[];
  units: { value: string; label: string }[];
  aggregations: { value: string; label: string }[];
  frequencies: { value: string; label: string }[];
  bases: { value: string; label: string }[];
  /** months a set of bands and target may apply from: the newest set's own month first (a correction), then later ones */
  bandsFrom: { value: string; label: string }[];
  people: { id: string; name: string; email: string }[];
  /** the count indicators this one may be declared a part of */
  wholes: { value: string; label: string }[];
}

const num = (n: number | null) => (n === null ? "" : String(n));

/** A field that is one choice of a closed list, chosen already. */
function ChoiceField({ id, name, label, hint, value, choices }: { id: string; name: string; label: string; hint?: string; value: string; choices: { value: string; label: string }[] }) {
  return (
    <Field id={id} name={name} label={label} hint={hint}>
      <Select defaultValue={value}>
        <Options options={choices} />
      </Select>
    </Field>
  );
}

export function IndicatorFields({
  indicator: i,
  choices,
  recent,
  previewFormula,
}: {
  indicator: IndicatorValues;
  choices: IndicatorChoices;
  recent: { period: string; value: number | null }[];
  previewFormula: Parameters<typeof FormulaEditor>[0]["preview"];
}) {
  // figures loaded from files are never replaced by a formula's (lib/actions/catalogue/formula.ts)
  const loaded = !i.formula && recent.length > 0;
  const bands: Bands = { greenMin: i.greenMin, greenMax: i.greenMax, amberMin: i.amberMin, amberMax: i.amberMax };
  const person = (
    <>
      <option value="">Nobody</option>
      {choices.people.map((p) => (
        <option key={p.id} value={p.id}>{p.name} ({p.email})</option>
      ))}
    </>
  );
  return (
    <div className="space-y-6">
      <input type="hidden" name="indicatorId" value={i.id} />
      <fieldset className="min-w-0 grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">What it is</legend>
        <Field id="ind-code" name="code" label="Code" hint="The stable reference used in files: changing it means files must use the new code.">
          <Input defaultValue={i.code} />
        </Field>
        <ChoiceField id="ind-service" name="service" label="Service area" value={i.serviceKey} choices={choices.services} />
        <Field id="ind-title" name="title" label="Title" className="sm:col-span-2">
          <Input defaultValue={i.title} />
        </Field>
        <ChoiceField id="ind-polarity" name="polarity" label="Good performance is" value={i.polarity} choices={choices.polarities} />
        <ChoiceField id="ind-unit" name="unit" label="Unit" value={i.unit} choices={choices.units} />
        <ChoiceField id="ind-aggregation" name="aggregation" label="Year to date is made" value={i.aggregation} choices={choices.aggregations} />
        <ChoiceField id="ind-frequency" name="frequency" label="Frequency" value={i.frequency} choices={choices.frequencies} />
        <ChoiceField
          id="ind-basis"
          name="basis"
          label="Each figure covers"
          hint="With the unit, what benchmarks it may be compared with: a monthly count never beside a year's rate."
          value={i.basis}
          choices={choices.bases}
        />
        <Field id="ind-decimals" name="decimals" label="Decimals shown" hint="0 to 6.">
          <Input type="number" min={0} max={6} defaultValue={i.decimals} inputMode="numeric" />
        </Field>
        <Field
          id="ind-part-of"
          name="partOf"
          label="Part of (a subset or share of this count)"
          hint="Public releases keep a part and its whole from giving a small number away by subtraction."
          className="sm:col-span-2"
        >
          <Select defaultValue={i.partOf ?? ""}>
            <option value="">Not a part of another indicator</option>
            <Options options={choices.wholes} />
          </Select>
        </Field>
        <div className="flex items-end">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="councilPlan" defaultChecked={i.councilPlan} className="h-4 w-4" />
            A council plan indicator
          </label>
        </div>
      </fieldset>
      <fieldset className="min-w-0 space-y-3">
        <legend className="mb-2 text-lg font-semibold">Formula</legend>
        {loaded ? (
          <p className="text-sm text-gray-800">Its figures are loaded from files, not worked out from a formula.</p>
        ) : (
          <>
            <p className="text-sm text-gray-800">
              {i.formula ? "Its figures are worked out from other indicators' figures by this formula." : "No figures have been loaded for it: give a formula to work them out from other indicators' figures, or leave blank."}
            </p>
            <FormulaEditor indicatorId={i.id} formula={i.formula} preview={previewFormula} />
          </>
        )}
      </fieldset>
      <fieldset className="min-w-0 space-y-3">
        <legend className="mb-2 text-lg font-semibold">RAG bands and target</legend>
        <p className="text-sm text-gray-800">
          Green when the figure is inside the green band, else amber inside the amber band, else red. Bounds are included; leave one blank for no bound
          on that side, and all four blank for no RAG.
        </p>
        <Field id="ind-bands-from" name="bandsFrom" label="These bands and target apply from" hint="A later month adds a new set: months before it keep the bands and target they had.">
          <Select defaultValue={choices.bandsFrom[0]?.value ?? ""}><Options options={choices.bandsFrom} /></Select>
        </Field>
        <div className="grid gap-4 sm:grid-cols-5">
          <Field id="ind-green-min" name="greenMin" label="Green from"><Input inputMode="decimal" defaultValue={num(i.greenMin)} /></Field>
          <Field id="ind-green-max" name="greenMax" label="Green to"><Input inputMode="decimal" defaultValue={num(i.greenMax)} /></Field>
          <Field id="ind-amber-min" name="amberMin" label="Amber from"><Input inputMode="decimal" defaultValue={num(i.amberMin)} /></Field>
          <Field id="ind-amber-max" name="amberMax" label="Amber to"><Input inputMode="decimal" defaultValue={num(i.amberMax)} /></Field>
          <Field id="ind-target" name="target" label="Target"><Input inputMode="decimal" defaultValue={num(i.target)} /></Field>
        </div>
        <BandPreview values={recent} initial={{ bands, target: i.target, polarity: i.polarity, unit: i.unit, decimals: i.decimals }} />
      </fieldset>
      <fieldset className="min-w-0 grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Words and people</legend>
        <Field id="ind-outcome" name="outcome" label="What good looks like for children" className="sm:col-span-2">
          <Textarea rows={3} defaultValue={i.outcome ?? ""} />
        </Field>
        <Field id="ind-definition" name="definition" label="Definition (how it is counted)" className="sm:col-span-2">
          <Textarea rows={3} defaultValue={i.definition ?? ""} />
        </Field>
        <Field id="ind-owner" name="ownerId" label="Owner (accountable manager)">
          <Select defaultValue={i.ownerId ?? ""}>{person}</Select>
        </Field>
        <Field id="ind-reporter" name="reporterId" label="Reporter (writes the commentary)">
          <Select defaultValue={i.reporterId ?? ""}>{person}</Select>
        </Field>
      </fieldset>
    </div>
  );
}
