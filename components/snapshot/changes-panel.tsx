import type { Judgement, Rag } from "@/lib/figures/types";
import type { SnapshotChanges } from "@/lib/snapshots/compare";
import { JUDGEMENT_TEXT } from "@/components/direction-label";
import { RAG_STYLES } from "@/components/rag-badge";

const word = (rag: Rag | null) => (rag ? RAG_STYLES[rag].label : "no RAG");
const judgementWord = (judgement: Judgement | null) => (judgement ? JUDGEMENT_TEXT[judgement] : "n/a");

export function ChangesPanel({ changes, previousTitle, previousHref }: { changes: SnapshotChanges; previousTitle: string; previousHref: string }) {
  const nothing = !changes.ragChanges.length && !changes.judgementChanges.length && !changes.newReds.length;
  return (
    <section id="since-last" aria-labelledby="since-last-h" className="paper-section rounded border border-gray-300 bg-white p-4">
      <h2 id="since-last-h" className="text-2xl font-bold">Since the last meeting</h2>
      <p className="text-sm text-gray-700">
        Compared with <a href={previousHref}>{previousTitle}</a>.
      </p>
      {nothing ? <p className="mt-2">No RAG or judgement changes, and no new reds.</p> : null}
      {changes.newReds.length ? (
        <div className="mt-3">
          <h3 className="font-semibold">New reds ({changes.newReds.length})</h3>
          <ul className="list-disc pl-6">{changes.newReds.map((r) => <li key={r.code}><span className="font-mono">{r.code}</span> {r.title}</li>)}</ul>
        </div>
      ) : null}
      {changes.ragChanges.length ? (
        <div className="mt-3">
          <h3 className="font-semibold">RAG changes ({changes.ragChanges.length})</h3>
          <ul className="list-disc pl-6">
            {changes.ragChanges.map((r) => <li key={r.code}><span className="font-mono">{r.code}</span> {r.title}: {word(r.from)} → {word(r.to)}</li>)}
          </ul>
        </div>
      ) : null}
      {changes.judgementChanges.length ? (
        <div className="mt-3">
          <h3 className="font-semibold">Judgement changes ({changes.judgementChanges.length})</h3>
          <ul className="list-disc pl-6">
            {changes.judgementChanges.map((r) => <li key={r.code}><span className="font-mono">{r.code}</span> {r.title}: {judgementWord(r.from)} → {judgementWord(r.to)}</li>)}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
