"use client";
// One submitted commentary on the approvals page: the manager may edit the
// text, then "Approve" (an edit becomes a version by the manager), or
// "Return" it with a note the writer will see.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { PRIMARY_BUTTON, WARNING_BUTTON } from "@/components/commentary/styles";
import type { CommentaryActionProp } from "@/components/commentary/types";

export interface ApprovalCardData {
  indicatorId: number;
  code: string;
  title: string;
  period: string;
  periodLabel: string;
  body: string;
  version: number;
  authorName: string | null;
  submittedAt: string | null;
}

export function ApprovalCard({
  item,
  approve,
  returnIt,
}: {
  item: ApprovalCardData;
  approve: CommentaryActionProp;
  returnIt: CommentaryActionProp;
}) {
  const router = useRouter();
  const [body, setBody] = useState(item.body);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `approval-${item.indicatorId}-${item.period}`;

  async function run(action: CommentaryActionProp, input: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const result = await action({ indicatorId: item.indicatorId, period: item.period, expectedVersion: item.version, ...input });
    setBusy(false);
    if (result.ok) router.refresh();
    else
      setError(
        result.code === "conflict"
          ? "This commentary changed since the page loaded (someone else may have dealt with it). Reload the page to see it now."
          : result.message,
      );
  }

  return (
    <article aria-labelledby={`${id}-heading`} className="rounded border border-gray-300 bg-white p-4">
      <h3 id={`${id}-heading`} className="font-bold">
        {item.code} {item.title}: {item.periodLabel}
      </h3>
      <p className="text-sm text-gray-800">
        Submitted by {item.authorName ?? "unknown"}
        {item.submittedAt ? ` on ${new Date(item.submittedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC` : ""}
      </p>
      <label htmlFor={`${id}-body`} className="mt-3 block text-sm font-semibold">
        Commentary (you may edit it before approving)
      </label>
      <textarea
        id={`${id}-body`}
        className="mt-1 block min-h-32 w-full rounded border border-gray-500 p-2"
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="mt-2">
        <button type="button" className={PRIMARY_BUTTON} disabled={busy} onClick={() => void run(approve, body === item.body ? {} : { body })}>
          Approve
        </button>
      </div>
      <label htmlFor={`${id}-note`} className="mt-4 block text-sm font-semibold">
        Note for the writer (required to return it)
      </label>
      <textarea
        id={`${id}-note`}
        className="mt-1 block min-h-16 w-full rounded border border-gray-500 p-2"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="mt-2">
        <button type="button" className={WARNING_BUTTON} disabled={busy} onClick={() => void run(returnIt, { note })}>
          Return
        </button>
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </article>
  );
}
