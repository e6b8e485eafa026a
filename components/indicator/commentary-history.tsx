import { monthLabel } from "@/lib/format";
import { CommentaryStatus } from "../commentary-status";
import type { CommentaryHistoryItem } from "@/lib/queries/indicator";

/** What the reporter said about the indicator, month by month, newest first. */
export function CommentaryHistory({ items }: { items: CommentaryHistoryItem[] }) {
  if (items.length === 0) return <p className="text-sm text-gray-800">No commentary has been written on this indicator yet.</p>;
  return (
    <ol className="space-y-3">
      {items.map((c) => (
        <li key={c.period} className="rounded border border-gray-300 bg-white p-3">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold">
            {monthLabel(c.period)} <CommentaryStatus status={c.status} />
          </h3>
          <p className="mt-1 whitespace-pre-line text-sm text-gray-900">{c.body || "(no text yet)"}</p>
          <p className="mt-1 text-xs text-gray-700">
            {c.author ? `Written by ${c.author}` : "Author not recorded"}
            {c.reviewer ? ` · reviewed by ${c.reviewer}` : ""}
          </p>
          {c.returnNote ? <p className="mt-1 text-xs text-orange-900">Returned with the note: {c.returnNote}</p> : null}
        </li>
      ))}
    </ol>
  );
}
