"use client";
// The indicator's figures month by month with its target and benchmark
// lines. Drawn by Tremor; the same figures are in the table beside it.
import { LineChart } from "@tremor/react";
import type { Unit } from "@/lib/figures/types";
import { formatterFor } from "./format-for-unit";

export function TrendLineChart({
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
      index="month"
      categories={categories}
      colors={colors}
      valueFormatter={formatterFor(unit, decimals)}
      yAxisWidth={64}
      autoMinValue
      connectNulls={false}
      showAnimation={false}
      // Tremor's legend is a focusable scroller inside a chart that is hidden
      // from assistive technology; the page draws its own legend (ChartLegend).
      showLegend={false}
    />
  );
}
