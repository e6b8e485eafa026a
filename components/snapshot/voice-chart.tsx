// The children's survey as a bar chart drawn on the server as SVG (the page
// reads without JavaScript and the PDF has it), with the same figures as a
// table beside it. In a public release a suppressed count is "c": no bar.
import { StackedTable } from "@/components/ui/stacked-table";

const ROW = 26;
const LABEL = 170;
const W = 420;

export function VoiceChart({ survey, caption }: { survey: { label: string; count: number | "c" }[]; caption: string }) {
  if (survey.length === 0) return null;
  const max = Math.max(1, ...survey.map((s) => (typeof s.count === "number" ? s.count : 0)));
  const H = survey.length * ROW + 8;
  const plot = W - LABEL - 40;
  const summary = `${caption}: ${survey.map((s) => `${s.label} ${s.count}`).join(", ")}.`;
  return (
    <figure className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-label={summary} focusable="false">
        {survey.map((s, i) => {
          const y = 4 + i * ROW;
          const width = typeof s.count === "number" ? (s.count / max) * plot : 0;
          return (
            <g key={s.label}>
              <text x={LABEL - 6} y={y + ROW / 2 + 4} textAnchor="end" fontSize="11" fill="#111827">
                {s.label.length > 28 ? `${s.label.slice(0, 27)}…` : s.label}
              </text>
              <rect x={LABEL} y={y + 4} width={width} height={ROW - 8} fill="#1e3a8a" />
              <text x={LABEL + width + 4} y={y + ROW / 2 + 4} fontSize="11" fill="#111827">
                {s.count}
              </text>
            </g>
          );
        })}
      </svg>
      <StackedTable caption={caption} captionVisible headers={["Answer", "Children"]} rows={survey.map((s) => [s.label, String(s.count)])} />
    </figure>
  );
}
