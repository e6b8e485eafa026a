// Page one of a board paper: for each service, its RAG counts in words with
// their shapes, what got better or worse since the last meeting, and the new
// reds, each naming its indicators (linked to their rows in the appendix).
import { RAG_STYLES } from "@/components/rag-badge";
import type { PaperView, ServiceGlance } from "@/lib/snapshots/paper-view";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Names({ items }: { items: { code: string; title: string }[] }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={item.code}>
          {i > 0 ? ", " : ""}
          <a href={`#row-${item.code}`} className="font-mono">
            {item.code}
          </a>
        </span>
      ))}
    </>
  );
}

function RagCounts({ rag }: { rag: ServiceGlance["rag"] }) {
  const parts = (["red", "amber", "green"] as const).filter((k) => rag[k] > 0);
  return (
    <ul className="flex flex-wrap gap-2" aria-label="RAG counts">
      {parts.map((k) => (
        <li key={k} className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-semibold ring-1 ring-inset ${RAG_STYLES[k].className}`}>
          <span aria-hidden="true">{RAG_STYLES[k].shape}</span>
          {rag[k]} {RAG_STYLES[k].label.toLowerCase()}
        </li>
      ))}
      {rag.none ? <li className="px-1 py-0.5 text-sm text-gray-800">{rag.none} with no RAG</li> : null}
      {rag.suppressed ? <li className="px-1 py-0.5 text-sm text-gray-800">{rag.suppressed} not shown (c)</li> : null}
    </ul>
  );
}

export function AtAGlance({ view }: { view: PaperView }) {
  const since = view.comparedWith === "last meeting" ? "since the last meeting" : "than last month";
  return (
    <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-3 print:gap-2">
      {view.glance.map((s) => (
        <section key={s.key} aria-labelledby={`glance-${s.key}`} className="glance-card rounded border border-gray-300 bg-white p-3">
          <h3 id={`glance-${s.key}`} className="font-semibold">
            {s.name} <span className="font-normal text-gray-700">({plural(s.indicators, "indicator")})</span>
          </h3>
          <div className="mt-2">
            <RagCounts rag={s.rag} />
          </div>
          <p className="mt-2 text-sm">
            <span aria-hidden="true" className="text-blue-800">↗ </span>
            <strong>{s.better.length} better</strong>
            {s.better.length ? <>: <Names items={s.better} /></> : null}
            {" · "}
            <span aria-hidden="true" className="text-orange-800">↘ </span>
            <strong>{s.worse.length} worse</strong> {since}
            {s.worse.length ? <>: <Names items={s.worse} /></> : null}
          </p>
          <p className="mt-1 text-sm">
            {s.newReds.length ? (
              <>
                <span aria-hidden="true">{RAG_STYLES.red.shape} </span>
                <strong>{plural(s.newReds.length, "new red")}</strong>: <Names items={s.newReds} />
              </>
            ) : (
              "No new reds."
            )}
          </p>
        </section>
      ))}
    </div>
  );
}
