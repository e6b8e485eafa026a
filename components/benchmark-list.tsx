// Comparators beside a figure, each marked better or worse in words.
import { formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";

export const BENCHMARK_LABELS = {
  sn_average: "SN average",
  sn_best: "Best SN",
  england: "England",
  england_top_quartile: "England top quartile",
  region: "Region",
} as const;
export type BenchmarkKindWord = keyof typeof BENCHMARK_LABELS;
export const BENCHMARK_ORDER: BenchmarkKindWord[] = ["sn_average", "sn_best", "england", "england_top_quartile", "region"];

const COMPARISON_TEXT = { better: "we are better", worse: "we are worse", same: "the same" } as const;
const COMPARISON_CLASS = { better: "text-blue-800", worse: "text-orange-800", same: "text-gray-700" } as const;

export interface BenchmarkItem {
  kind: BenchmarkKindWord;
  year: string;
  value: number;
  comparison: "better" | "worse" | "same" | null;
}

export function BenchmarkList({ items, unit, decimals }: { items: BenchmarkItem[]; unit: Unit; decimals: number }) {
  if (items.length === 0) return <span className="text-xs text-gray-600">None loaded</span>;
  const sorted = [...items].sort((a, b) => BENCHMARK_ORDER.indexOf(a.kind) - BENCHMARK_ORDER.indexOf(b.kind));
  return (
    <ul className="space-y-0.5 text-xs">
      {sorted.map((b) => (
        <li key={b.kind} className="whitespace-nowrap print:whitespace-normal">
          <span className="text-gray-700">{BENCHMARK_LABELS[b.kind]}</span>{" "}
          <span className="tabular-nums font-medium">{formatValue(b.value, unit, decimals)}</span>
          {b.comparison ? (
            <span className={COMPARISON_CLASS[b.comparison]}>
              {" "}
              <span aria-hidden="true">{b.comparison === "better" ? "▲" : b.comparison === "worse" ? "▼" : "="}</span>{" "}
              {COMPARISON_TEXT[b.comparison]}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
