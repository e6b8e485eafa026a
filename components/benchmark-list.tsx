// Comparators beside a figure, each marked better or worse in words, with
// the year it is for and, when Lantern computed it, the file and model it came from.
import { formatValue } from "@/lib/format";
import type { BenchmarkComparison, Unit } from "@/lib/figures/types";
import { BENCHMARK_KINDS, BENCHMARK_TEXT } from "@/lib/figures/vocabulary";

const COMPARISON_TEXT = { better: "we are better", worse: "we are worse", same: "the same" } as const;
const COMPARISON_CLASS = { better: "text-blue-800", worse: "text-orange-800", same: "text-gray-700" } as const;

export function BenchmarkList({ items, unit, decimals }: { items: BenchmarkComparison[]; unit: Unit; decimals: number }) {
  if (items.length === 0) return <span className="text-xs text-gray-600">None loaded</span>;
  const sorted = [...items].sort((a, b) => BENCHMARK_KINDS.indexOf(a.kind) - BENCHMARK_KINDS.indexOf(b.kind));
  return (
    <ul className="space-y-0.5 text-xs">
      {sorted.map((b) => (
        // one line each on a wide screen; on a narrow one (320 px) they wrap rather than widen the page
        <li key={b.kind} className="sm:whitespace-nowrap print:whitespace-normal">
          <span className="text-gray-700">{BENCHMARK_TEXT[b.kind]}</span>{" "}
          <span className="tabular-nums font-medium">{formatValue(b.value, unit, decimals)}</span>{" "}
          <span className="text-gray-700">({b.year})</span>
          {b.comparison ? (
            <span className={COMPARISON_CLASS[b.comparison]}>
              {" "}
              <span aria-hidden="true">{b.comparison === "better" ? "▲" : b.comparison === "worse" ? "▼" : "="}</span>{" "}
              {COMPARISON_TEXT[b.comparison]}
            </span>
          ) : null}
          {b.source ? <span className="block whitespace-normal break-words text-gray-700">Source: {b.source}</span> : null}
        </li>
      ))}
    </ul>
  );
}
