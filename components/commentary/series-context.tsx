// The drafting aid's context from the series: sentences computed from the
// figures (peak, trough, the year's change, gaps, runs) a writer may quote.
// "Start from the figures" puts them after the first paragraph.
export function SeriesContext({ sentences }: { sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="series-context-heading" className="mt-4 rounded border border-gray-300 bg-white p-4 text-sm">
      <h2 id="series-context-heading" className="font-bold">
        Context from the series
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
