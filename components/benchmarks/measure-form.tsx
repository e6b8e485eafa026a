"use client";
// Import an EES local-authority file for an indicator: a ready-made or saved
// mapping, or a measure column of the file with the filter values that pick
// one row per authority and year ("Read the file's columns" lists them).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Options } from "@/components/ui/field";
import { OutcomeView, uploadStep, type UploadOutcome } from "./upload-form";

interface Column {
  name: string;
  /** a filter's values; null for a measure (numbers) */
  values: string[] | null;
}

const CUSTOM = "__measure";

export function MeasureForm({
  indicators,
  ready,
  saved,
}: {
  indicators: { code: string; title: string }[];
  ready: { name: string; title: string; file: string }[];
  saved: { name: string; measure: string }[];
}) {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [mapping, setMapping] = useState(ready[0]?.name ?? CUSTOM);
  const [columns, setColumns] = useState<Column[] | null>(null);
  const [busy, setBusy] = useState<null | "reading" | "importing">(null);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);

  const chosenFile = () => {
    const file = fileInput.current?.files?.[0];
    if (!file) setOutcome({ ok: false, message: "Choose a file first.", errors: [] });
    return file ?? null;
  };

  async function readColumns() {
    const file = chosenFile();
    if (!file) return;
    setBusy("reading");
    setOutcome(null);
    const result = await uploadStep("describe", file, []);
    setBusy(null);
    if (!result.ok) return setOutcome(result.outcome);
    setColumns(result.body.columns as Column[]);
    setMapping(CUSTOM);
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = chosenFile();
    if (!file) return;
    const data = new FormData(event.currentTarget);
    const params: [string, string][] = [];
    for (const key of ["indicator", "tolerance", "measure", "saveAs", "per10k"]) {
      const value = data.get(key);
      if (typeof value === "string" && value) params.push([key, value]);
    }
    if (mapping !== CUSTOM) params.push(["mapping", mapping]);
    for (const [key, value] of data.entries()) {
      if (key.startsWith("where:") && typeof value === "string" && value) params.push(["where", `${key.slice(6)}=${value}`]);
    }
    setBusy("importing");
    setOutcome(null);
    const result = await uploadStep("measure", file, params);
    setBusy(null);
    if (!result.ok) return setOutcome(result.outcome);
    const d = result.body.data as { indicator: string; mapping: string; years: string[]; figures: number; recomputed: number; supersedes: number | null };
    setOutcome({
      ok: true,
      message: `Loaded ${file.name} for ${d.indicator} (mapping ${d.mapping}): ${d.figures} figures, ${d.years[0]}–${d.years.at(-1)}${d.supersedes ? "; the earlier release is kept as history" : ""}. ${d.recomputed ? `Benchmarks computed for ${d.recomputed} years.` : "Set the authority to compute its benchmarks."}`,
      errors: [],
    });
    router.refresh();
  }

  const measures = columns?.filter((c) => c.values === null) ?? [];
  const filters = columns?.filter((c) => c.values !== null) ?? [];
  return (
    <form onSubmit={submit} className="space-y-3" aria-busy={busy !== null}>
      <Field id="measure-file" name="file" label="EES local-authority file (CSV)" hint="Any Explore Education Statistics file with local-authority rows.">
        <Input type="file" accept=".csv,text/csv" required ref={fileInput} onChange={() => setColumns(null)} />
      </Field>
      <Button variant="secondary" size="sm" onClick={readColumns} disabled={busy !== null}>
        {busy === "reading" ? "Reading…" : "Read the file's columns"}
      </Button>
      <Field id="measure-indicator" name="indicator" label="Indicator">
        <Select required defaultValue="">
          <option value="" disabled>
            Choose the indicator
          </option>
          <Options options={indicators.map((i) => ({ value: i.code, label: `${i.code}: ${i.title.length > 90 ? `${i.title.slice(0, 89)}…` : i.title}` }))} />
        </Select>
      </Field>
      <Field id="measure-mapping" label="Mapping" hint="A ready-made mapping for the DfE's files, one saved before, or a measure column of this file.">
        <Select value={mapping} onChange={(e) => setMapping(e.target.value)}>
          <optgroup label="Ready-made">
            <Options options={ready.map((r) => ({ value: r.name, label: `${r.title} (${r.file})` }))} />
          </optgroup>
          {saved.length ? (
            <optgroup label="Saved">
              <Options options={saved.map((s) => ({ value: s.name, label: `${s.name} (${s.measure})` }))} />
            </optgroup>
          ) : null}
          <option value={CUSTOM}>A measure column of this file…</option>
        </Select>
      </Field>
      {mapping === CUSTOM ? (
        <fieldset className="space-y-3 rounded border border-gray-300 p-3">
          <legend className="px-1 text-sm font-semibold">Measure and filters</legend>
          <Field id="measure-column" name="measure" label="Measure column" hint={columns ? undefined : "Read the file's columns to choose from a list, or type the column's name."}>
            {measures.length ? (
              <Select required>
                <Options options={measures.map((m) => ({ value: m.name, label: m.name }))} />
              </Select>
            ) : (
              <Input required />
            )}
          </Field>
          {filters.map((f) => (
            <Field key={f.name} id={`where-${f.name}`} name={`where:${f.name}`} label={`Filter: ${f.name}`}>
              <Select defaultValue="">
                <option value="">(every value)</option>
                <Options options={f.values!.map((v) => ({ value: v, label: v }))} />
              </Select>
            </Field>
          ))}
          <div className="flex items-center gap-2">
            <input id="measure-per10k" name="per10k" type="checkbox" className="h-4 w-4" />
            <label htmlFor="measure-per10k" className="text-sm">
              The measure is a count: make a rate per 10,000 children with each area&apos;s own 0–17 population
            </label>
          </div>
          <Field id="measure-save-as" name="saveAs" label="Save the mapping as" hint="Reused for next year's release. Default: the indicator's code.">
            <Input />
          </Field>
        </fieldset>
      ) : null}
      <Field id="measure-tolerance" name="tolerance" label="Tolerance" hint="The published figure and Lantern's outturn for the year are flagged when they differ by more than this (default 1).">
        <Input inputMode="decimal" />
      </Field>
      <OutcomeView outcome={outcome} />
      <Button type="submit" disabled={busy !== null}>
        {busy === "importing" ? "Loading…" : "Import and compute"}
      </Button>
    </form>
  );
}
