// "Draft" on every page of a report whose month is not yet approved (the PDF
// also carries it in every page's running header).
export function DraftMark({ draft }: { draft: boolean }) {
  if (!draft) return null;
  return (
    <p className="report-draft mb-2 inline-block rounded border-2 border-gray-900 px-2 py-0.5 text-sm font-bold uppercase tracking-wide">
      Draft: not yet approved
    </p>
  );
}
