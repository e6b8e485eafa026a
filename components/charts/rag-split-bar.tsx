"use client";
// Tremor's CategoryBar for a service's RAG split: red, amber, green and no RAG
// as parts of one bar. Colour only, so its caller writes the counts in words
// beside it (components/overview/service-cards-html.ts) and hides the bar from assistive
// technology.
import { CategoryBar, type Color } from "@tremor/react";

export function RagSplitBar({ values, colors }: { values: number[]; colors: string[] }) {
  return <CategoryBar values={values} colors={colors as Color[]} showLabels={false} className="max-w-xs" />;
}
