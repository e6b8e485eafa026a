"use client";
// Year-end figures as bars; the same figures are in the table beside it.
import { BarChart } from "@tremor/react";
import type { Unit } from "@/lib/figures/types";
import { formatterFor } from "./format-for-unit";

export function OutturnBarChart({
  data,
  unit,
  decimals,
}: {
  data: { year: string; Outturn: number }[];
  unit: Unit;
  decimals: number;
}) {
  return (
    <BarChart
      className="h-56"
      data={data}
      index="year"
      categories={["Outturn"]}
      colors={["blue"]}
      valueFormatter={formatterFor(unit, decimals)}
      yAxisWidth={64}
      showLegend={false}
      showAnimation={false}
    />
  );
}
