"use client";
// The catalogue editor's formula (docs/domain.md, "Formulas"): the text as a
// field of the surrounding form (saved with it, which works the stored
// figures out again), and "Check and preview": the formula as typed, checked
// against the catalogue and worked out from the stored figures of its inputs,
// the last 12 months with the reason for any month that has none. Nothing is
// saved by the preview.
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Table, TableHead } from "@/components/ui/table";
import { AGGREGATION_TEXT, type Unit } from "@/lib/figures/vocabulary";
import { formatValue, monthLabel } from "@/lib/format";
import type { FormulaPreview } from "@/lib/queries/formula-preview";

type Preview = (input: { indicatorId: number; code: string; formula: string; unit: string }) => Promise<FormulaPreview>;

const HINT =
  "Indicator codes in braces with + - * / and brackets, e.g. 100 * {M2} / {M1}. Over the months: rolling_sum({M2}, 12), rolling_mean({M2}, 3), " +
  "ytd({M2}), annualised({M2}) (a month × 12), annualised(ytd({M2})) (the year to date × 12 ÷ the months since April), per_10k({M2}) (per 10,000 children aged 0–17). " +
  "A month whose window is short of a figure has none, and says which month is missing.";

export function FormulaEditor({ indicatorId, formula, preview }: { indicatorId: number; formula: string | null; preview: Preview }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [result, setResult] = useState<{ preview: FormulaPreview; unit: Unit; decimals: number } | null>(null);
  const [pending, start] = useTransition();
  const check = () => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const get = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null)?.value ?? "";
    const decimals = Number(get("decimals"));
    const unit = get("unit") as Unit;
    start(async () => {
      const answer = await preview({ indicatorId, code: get("code"), formula: get("formula"), unit });
      setResult({ preview: answer, unit, decimals: Number.isInteger(decimals) && decimals >= 0 && decimals <= 6 ? decimals : 0 });
    });
  };
  const p = result?.preview;
  return (
    <div ref={anchor} className="space-y-3">
      <Field id="ind-formula" name="formula" label="Formula" hint={HINT}>
        <Textarea rows={2} defaultValue={formula ?? ""} spellCheck={false} className="font-mono" />
      </Field>
      <Button variant="secondary" onClick={check} disabled={pending}>
        {pending ? "Checking…" : "Check and preview"}
      </Button>
      <div aria-live="polite" className="text-sm" data-testid="formula-preview">
        {p && !p.ok ? <p className="font-semibold text-red-900">{p.problem}</p> : null}
        {p && p.ok ? (
          <div className="rounded border border-gray-300 bg-gray-50 p-3">
            <h3 className="font-semibold">Preview: the last 12 months from the stored figures</h3>
            <p>The formula is valid. Its year to date is made {AGGREGATION_TEXT[p.aggregation]}. Saving works out its stored figures again.</p>
            {p.months.length === 0 ? (
              <p className="mt-2">Its inputs have no figures yet.</p>
            ) : (
              <Table caption="The formula's last 12 months, worked out from the stored figures" className="mt-2">
                <TableHead className="bg-white" cellClassName="px-3 py-1" columns={[{ label: "Month", className: "text-left" }, { label: "Figure", className: "text-right" }, { label: "Why there is none", className: "text-left" }]} />
                <tbody className="divide-y divide-gray-200">
                  {p.months.map((m) => (
                    <tr key={m.period}>
                      <th scope="row" className="px-3 py-1 text-left font-normal">{monthLabel(m.period)}</th>
                      <td className="px-3 py-1 text-right tabular-nums">{formatValue(m.value, result.unit, result.decimals)}</td>
                      <td className="px-3 py-1">{m.reason ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
