"use client";
// The children's survey counts as a bar chart, with the same figures as a
// table beside it (the chart is hidden from assistive technology; the table is not).
import { BarChart } from "@tremor/react";

export function VoiceChart({ survey, caption }: { survey: { label: string; count: number }[]; caption: string }) {
  if (survey.length === 0) return null;
  return (
    <figure className="grid gap-4 md:grid-cols-2">
      <div aria-hidden="true" className="print:hidden">
        <BarChart
          data={survey.map((s) => ({ answer: s.label, Children: s.count }))}
          index="answer"
          categories={["Children"]}
          colors={["blue"]}
          layout="vertical"
          yAxisWidth={140}
          showLegend={false}
          className="h-56"
        />
      </div>
      <table className="text-sm">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-4">Answer</th>
            <th scope="col" className="py-1 text-right">Children</th>
          </tr>
        </thead>
        <tbody>
          {survey.map((s) => (
            <tr key={s.label} className="border-t border-gray-200">
              <th scope="row" className="py-1 pr-4 text-left font-normal">{s.label}</th>
              <td className="py-1 text-right tabular-nums">{s.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
