// The paper's one legend: what the RAG shapes, the `*`, the arrows, the SPC
// icons and (in a public release) the symbols mean, said once for the whole
// paper instead of in a tooltip on every row.
import { RAG_STYLES } from "@/components/rag-badge";
import { SpcSignal } from "@/components/spc-icons";
import { VARIATION_TEXT } from "@/lib/figures/spc-words";
import type { PaperView } from "@/lib/snapshots/paper-view";

export function PaperLegend({ legend }: { legend: PaperView["legend"] }) {
  return (
    <section aria-labelledby="legend" className="paper-legend rounded border border-gray-300 bg-white p-3 text-sm">
      <h3 id="legend" className="font-semibold">How to read this paper</h3>
      <ul className="mt-1 grid gap-x-6 gap-y-1 md:grid-cols-2 print:grid-cols-2">
        <li>
          RAG against the indicator&apos;s bands, by word and shape:{" "}
          {(["green", "amber", "red"] as const).map((k) => (
            <span key={k} className="mr-2 whitespace-nowrap">
              <span aria-hidden="true">{RAG_STYLES[k].shape} </span>
              {RAG_STYLES[k].label}
            </span>
          ))}
        </li>
        {legend.illustrative ? (
          <li>
            <strong>*</strong> after a RAG: the bands are illustrative (demo data), not the council&apos;s own.
          </li>
        ) : null}
        <li>
          Direction: ↑ up, ↓ down, → unchanged, with the judgement in words (better or worse by whether higher or lower is
          better).
        </li>
        <li>
          Charts: the last 12 months (blue line); the target (black dashed line); the SPC mean (grey line) and process limits
          (grey dashed lines).
        </li>
        <li className="flex flex-wrap items-center gap-2">
          SPC (NHS &quot;Making Data Count&quot;): a point or icon is marked only where it says something:
          <SpcSignal variation="improvement" assurance={null} side={null} />
          <SpcSignal variation="concern" assurance={null} side={null} />
          <SpcSignal variation="neither" assurance={null} side={null} />
          Otherwise: {VARIATION_TEXT.common_cause.toLowerCase()}, nothing marked.
        </li>
        <li className="flex flex-wrap items-center gap-2">
          Against the target:
          <SpcSignal variation={null} assurance="pass" side={null} />
          <SpcSignal variation={null} assurance="fail" side={null} />
          <SpcSignal variation={null} assurance="hit_and_miss" side={null} />
        </li>
        {legend.threshold !== null ? (
          <li>
            <strong>c</strong> suppressed to protect confidentiality (counts from 1 to {legend.threshold}, and figures from which
            they could be worked out); <strong>z</strong> not applicable; <strong>:</strong> not available.
          </li>
        ) : null}
      </ul>
    </section>
  );
}
