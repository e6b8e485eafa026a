// "What changed this month": rows whose RAG or judgement differs from last month's.
import Link from "next/link";
import type { SignificantChange } from "@/lib/queries/scorecard-view";
import { JUDGEMENT_TEXT } from "../direction-label";
import { RagBadge } from "../rag-badge";
import { indicatorHref } from "../links";

export function SignificantChanges({
  items,
  period,
  previousMonth,
}: {
  items: SignificantChange[];
  period: string;
  previousMonth: string;
}) {
  return (
    <section aria-labelledby="significant-changes" className="rounded border border-gray-300 bg-white p-4 print:break-inside-avoid">
      <h2 id="significant-changes" className="text-lg font-semibold">
        Significant changes since {previousMonth}
      </h2>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-gray-800">No indicator changed its RAG rating or its judgement since last month.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {items.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Link href={indicatorHref(c.code, period)} className="font-mono font-semibold">
                {c.code}
              </Link>
              <span className="text-gray-900">{c.title}:</span>
              {c.ragChanged ? (
                <span className="inline-flex items-center gap-1">
                  RAG <RagBadge rag={c.ragBefore} /> <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span> <RagBadge rag={c.ragNow} />
                </span>
              ) : null}
              {c.judgementChanged && c.judgementBefore && c.judgementNow ? (
                <span>
                  judgement {JUDGEMENT_TEXT[c.judgementBefore]} <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span> {JUDGEMENT_TEXT[c.judgementNow]}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
