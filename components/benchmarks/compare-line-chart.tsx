"use client";
// "How we compare": the authority, England, the SN average and each
// neighbour year by year. Drawn by Tremor; the same figures are in the table
// below the chart (the chart itself is hidden from assistive technology).
import { LineChart } from "@tremor/react";
import { formatterFor } from "@/components/charts/format-for-unit";
import type { Unit } from "@/lib/figures/types";

export function CompareLineChart({
  data,
  categories,
  colors,
  unit,
  decimals,
}: {
  data: Record<string, string | number | null>[];
  categories: string[];
  colors: string[];
  unit: Unit;
  decimals: number;
}) {
  return (
    <LineChart
      className="h-72"
      data={data}
      index="year"
      categories={categories}
      colors={colors}
      valueFormatter={formatterFor(unit, decimals)}
      yAxisWidth={64}
      autoMinValue
      connectNulls={false}
      showAnimation={false}
      showLegend={false}
    />
  );
}
