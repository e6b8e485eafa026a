"use client";
// The catalogue editor's live preview: what the RAG bands and target typed in
// the surrounding form make of the last 12 months, by the same pure rule the
// scorecards use (lib/figures). It reads the form's fields as they change;
// nothing is saved until the form is.
import { useEffect, useRef, useState } from "react";
import { RagBadge } from "@/components/rag-badge";
import { Table, TableHead } from "@/components/ui/table";
import { bandPreview, typedNumber } from "@/lib/figures/band-preview";
import { bandProblems } from "@/lib/figures/band-checks";
import type { Bands, Polarity, Unit } from "@/lib/figures/types";
import { formatValue, monthLabel, tolerancesFor } from "@/lib/format";

interface Typed {
  bands: Bands;
  target: number | null;
  polarity: Polarity;
  unit: Unit;
  decimals: number;
  unreadable: boolean;
}

function read(form: HTMLFormElement, fallback: Typed): Typed {
  const get = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? "";
  const numbers = { greenMin: typedNumber(get("greenMin")), greenMax: typedNumber(get("greenMax")), amberMin: typedNumber(get("amberMin")), amberMax: typedNumber(get("amberMax")), target: typedNumber(get("target")) };
  const unreadable = Object.values(numbers).some((n) => n !== null && !Number.isFinite(n));
  const clean = (n: number | null) => (n !== null && Number.isFinite(n) ? n : null);
  const decimals = Number(get("decimals"));
  return {
    bands: { greenMin: clean(numbers.greenMin), greenMax: clean(numbers.greenMax), amberMin: clean(numbers.amberMin), amberMax: clean(numbers.amberMax) },
    target: clean(numbers.target),
    polarity: (get("polarity") || fallback.polarity) as Polarity,
    unit: (get("unit") || fallback.unit) as Unit,
    decimals: Number.isInteger(decimals) && decimals >= 0 && decimals <= 6 ? decimals : fallback.decimals,
    unreadable,
  };
}

export function BandPreview({ values, initial }: { values: { period: string; value: number | null }[]; initial: Omit<Typed, "unreadable"> }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState<Typed>({ ...initial, unreadable: false });
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const update = () => setTyped(read(form, { ...initial, unreadable: false }));
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    return () => {
      form.removeEventListener("input", update);
      form.removeEventListener("change", update);
    };
  }, [initial]);
  const preview = bandPreview({ values, bands: typed.bands, target: typed.target, polarity: typed.polarity });
  const summary = tolerancesFor(typed.bands, typed.target, typed.unit, typed.decimals).summary;
  const problems = bandProblems(typed.bands, typed.polarity);
  const fmt = (v: number | null) => formatValue(v, typed.unit, typed.decimals);
  return (
    <div ref={anchor} className="rounded border border-gray-300 bg-gray-50 p-3">
      <h3 className="font-semibold">Preview: the last 12 months with these bands</h3>
      <div aria-live="polite" className="text-sm">
        <p>{summary ?? "No bands: no RAG rating is shown."}</p>
        <p className="font-semibold" data-testid="preview-counts">
          {preview.counts.green} green, {preview.counts.amber} amber, {preview.counts.red} red
          {preview.counts.none ? `, ${preview.counts.none} not rated` : ""}
        </p>
        {typed.unreadable ? <p className="font-semibold text-red-900">A bound or the target is not a number: the preview leaves it out.</p> : null}
        {problems.map((p) => (
          <p key={p.field} className="font-semibold text-red-900">{p.message}</p>
        ))}
      </div>
      {values.length === 0 ? (
        <p className="mt-2 text-sm">No figures have been loaded for this indicator yet.</p>
      ) : (
        <Table caption="The last 12 months rated with the bands and target above" className="mt-2">
          <TableHead className="bg-white" cellClassName="px-3 py-1" columns={[{ label: "Month", className: "text-left" }, { label: "Figure", className: "text-right" }, { label: "RAG", className: "text-left" }, { label: "From target", className: "text-right" }]} />
          <tbody className="divide-y divide-gray-200">
            {preview.months.map((m) => (
              <tr key={m.period}>
                <th scope="row" className="px-3 py-1 text-left font-normal">{monthLabel(m.period)}</th>
                <td className="px-3 py-1 text-right tabular-nums">{fmt(m.value)}</td>
                <td className="px-3 py-1"><RagBadge rag={m.rag} /></td>
                <td className="px-3 py-1 text-right tabular-nums">
                  {m.fromTarget === null ? "n/a" : `${m.fromTarget > 0 ? "+" : ""}${fmt(m.fromTarget)}`}
                  {m.meetsTarget === null ? "" : m.meetsTarget ? " (meets)" : " (misses)"}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
