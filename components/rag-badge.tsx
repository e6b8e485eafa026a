// RAG is never colour alone: each badge carries its word and a shape.
export const RAG_STYLES = {
  green: { label: "Green", shape: "●", className: "bg-green-100 text-green-900 ring-green-700" },
  amber: { label: "Amber", shape: "◆", className: "bg-amber-100 text-amber-900 ring-amber-700" },
  red: { label: "Red", shape: "▲", className: "bg-red-100 text-red-900 ring-red-700" },
} as const;

export function RagBadge({ rag, illustrative = false }: { rag: "green" | "amber" | "red" | null; illustrative?: boolean }) {
  if (!rag) return <span className="text-gray-600">No RAG</span>;
  const style = RAG_STYLES[rag];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}
      title={illustrative ? "Illustrative bands (demo data), not the council's own" : undefined}
    >
      <span aria-hidden="true">{style.shape}</span>
      {style.label}
      {illustrative ? <span className="font-normal">*</span> : null}
    </span>
  );
}
