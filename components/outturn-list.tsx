// The five year-end figures before the current financial year.
import { formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";

export function OutturnList({
  years,
  outturns,
  unit,
  decimals,
}: {
  years: string[];
  outturns: Record<string, number>;
  unit: Unit;
  decimals: number;
}) {
  if (Object.keys(outturns).length === 0) return <span className="text-xs text-gray-600">None loaded</span>;
  return (
    <dl className="grid grid-cols-[auto_auto] gap-x-2 text-xs">
      {years.map((year) => (
        <div key={year} className="contents">
          <dt className="text-gray-700">{year}</dt>
          <dd className="text-right tabular-nums">{formatValue(outturns[year] ?? null, unit, decimals)}</dd>
        </div>
      ))}
    </dl>
  );
}
